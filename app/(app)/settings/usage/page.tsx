import type { Metadata } from "next";
import { PageLayout } from "@/components/layout/page-layout";
import { UsageOverview } from "@/components/usage/usage-overview";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage() {
  await requirePageUser();
  return (
    <PageLayout
      width="3xl"
      title="Usage"
      description="Your tokens and cost this month, against the limits your administrator set."
      back={{ href: "/settings", label: "Settings" }}
    >
      <UsageOverview />
    </PageLayout>
  );
}
