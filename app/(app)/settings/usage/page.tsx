import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { UsageOverview } from "@/components/usage/usage-overview";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage() {
  await requirePageUser();
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Usage"
        description="Your tokens and cost this month, against the limits your administrator set."
        back={{ href: "/settings", label: "Settings" }}
      />
      <UsageOverview />
    </div>
  );
}
