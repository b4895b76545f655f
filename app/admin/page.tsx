import { ChevronRight, NotebookText } from "lucide-react";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CapacityWarning } from "@/components/admin/capacity-warning";
import { HeadlineCards } from "@/components/admin/dashboard/headline-cards";
import { NewUsersChart } from "@/components/admin/dashboard/new-users-chart";
import { RangeSwitch } from "@/components/admin/dashboard/range-switch";
import { TopUsersTable } from "@/components/admin/dashboard/top-users-table";
import { UsageCsvForm } from "@/components/admin/dashboard/usage-csv-form";
import { adminMetadata } from "@/components/admin/page-metadata";
import { ActivityChart } from "@/components/common/charts/activity-chart";
import { CostChart } from "@/components/common/charts/cost-chart";
import { ModelChart } from "@/components/common/charts/model-chart";
import { firstParam, type SearchParams } from "@/components/common/search-params";
import { PageLayout } from "@/components/layout/page-layout";
import { embeddedDbCapacity } from "@/lib/admin/capacity";
import { getDashboard } from "@/lib/admin/dashboard";
import { requirePageAdmin } from "@/lib/auth/page";

export function generateMetadata() {
  return adminMetadata("dashboard");
}

const RANGES = ["7", "30", "90"] as const;

function parseRange(value: string | undefined): (typeof RANGES)[number] {
  return RANGES.find((range) => range === value) ?? "30";
}

export default async function AdminDashboardPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageAdmin();
  const range = parseRange(firstParam((await searchParams).range));
  const [dashboard, capacity] = await Promise.all([
    getDashboard(actor, { range }),
    embeddedDbCapacity(actor),
  ]);
  const t = await getTranslations("admin.dashboard");

  return (
    <PageLayout
      width="6xl"
      inset="admin"
      title={t("title")}
      description={t("description", { days: dashboard.range })}
      actions={<RangeSwitch range={dashboard.range} />}
    >
      <CapacityWarning capacity={capacity} />
      <HeadlineCards dashboard={dashboard} />
      <div className="grid gap-4 lg:grid-cols-2">
        <ActivityChart perDay={dashboard.perDay} />
        <CostChart perDay={dashboard.perDay} />
        <ModelChart byModel={dashboard.byModel} />
        <NewUsersChart perDay={dashboard.perDay} />
      </div>
      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <TopUsersTable users={dashboard.topUsers} />
        <div className="space-y-4">
          <UsageCsvForm today={new Date().toISOString().slice(0, 10)} />
          <Link
            href="/admin/templates"
            className="flex items-center gap-3 rounded-xl border bg-card p-4 shadow-sm transition-colors hover:bg-accent/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <NotebookText className="h-5 w-5 shrink-0 text-muted-foreground" aria-hidden="true" />
            <span className="min-w-0 flex-1">
              <span className="block text-sm font-semibold">{t("templatesLink.title")}</span>
              <span className="block text-sm text-muted-foreground">
                {t("templatesLink.description")}
              </span>
            </span>
            <ChevronRight className="h-4 w-4 shrink-0 text-muted-foreground" aria-hidden="true" />
          </Link>
        </div>
      </div>
    </PageLayout>
  );
}
