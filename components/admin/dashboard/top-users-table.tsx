import { getTranslations } from "next-intl/server";
import type { DashboardDto } from "@/lib/admin/dto";
import { getFormat } from "@/lib/i18n/server-format";
import { StatTable } from "../stat-table";
import { UserNameLink } from "../users/user-name-link";

type TopUser = DashboardDto["topUsers"][number];

/** The ten heaviest users by tokens, each bar relative to the first. */
export async function TopUsersTable({ users }: { users: TopUser[] }) {
  const [t, f] = await Promise.all([getTranslations("admin.dashboard.topUsers"), getFormat()]);
  // Replies without a token count (a provider that reports none) make no one a top user.
  const ranked = users.filter((user) => user.tokens > 0);
  const most = ranked[0]?.tokens ?? 0;
  return (
    <StatTable
      title={t("title")}
      description={t("description")}
      emptyText={t("empty")}
      rows={ranked}
      rowKey={(user) => user.userId}
      columns={[
        {
          label: t("user"),
          cellClassName: "font-normal",
          cell: (user) => (
            <UserNameLink id={user.userId} displayName={user.displayName} email={user.email} />
          ),
        },
        {
          label: t("tokens"),
          width: "w-24 sm:w-48",
          align: "right",
          cell: (user) => (
            <div className="flex items-center justify-end gap-3">
              <span
                className="hidden h-1.5 w-16 shrink-0 overflow-hidden rounded-full bg-muted sm:block"
                aria-hidden="true"
              >
                <span
                  className="block h-full rounded-full bg-brand"
                  style={{ width: `${most > 0 ? (user.tokens / most) * 100 : 0}%` }}
                />
              </span>
              <span className="min-w-[4.5rem] text-right">{f.count(user.tokens)}</span>
            </div>
          ),
        },
        { label: t("cost"), width: "w-24", align: "right", cell: (user) => f.usd(user.costUsd) },
      ]}
    />
  );
}
