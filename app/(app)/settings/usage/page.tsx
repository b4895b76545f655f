import { ArrowLeft } from "lucide-react";
import type { Metadata } from "next";
import Link from "next/link";
import { UsageOverview } from "@/components/usage/usage-overview";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Usage" };

export default async function UsagePage() {
  await requirePageUser();
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-1">
        <Link
          href="/settings"
          className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground"
        >
          <ArrowLeft className="h-4 w-4" aria-hidden="true" />
          Settings
        </Link>
        <h1 className="text-2xl font-semibold tracking-tight">Usage</h1>
        <p className="text-sm text-muted-foreground">
          Your tokens and cost this month, against the limits your administrator set.
        </p>
      </div>
      <UsageOverview />
    </div>
  );
}
