import { ChartCard } from "@/components/common/charts/chart-card";
import { formatCount, formatUsd } from "@/components/common/format";
import type { DashboardDto } from "@/lib/admin/dto";
import { UserNameLink } from "../users/user-name-link";
import { CardTable } from "./card-table";

type TopUser = DashboardDto["topUsers"][number];

/** The ten heaviest users by tokens, each bar relative to the first. */
export function TopUsersTable({ users }: { users: TopUser[] }) {
  // Replies without a token count (a provider that reports none) make no one a top user.
  const ranked = users.filter((user) => user.tokens > 0);
  const most = ranked[0]?.tokens ?? 0;
  return (
    <ChartCard
      title="Top users by tokens"
      description="Who used the most tokens in this period."
      empty={ranked.length === 0}
      emptyText="Nobody used any tokens in this period."
    >
      <CardTable
        columns={[
          { label: "User", className: "px-4 sm:px-5" },
          { label: "Tokens", className: "w-24 px-2 text-right sm:w-48" },
          { label: "Cost", className: "w-24 pl-2 pr-4 text-right sm:pr-5" },
        ]}
      >
        {ranked.map((user) => (
          <tr key={user.userId}>
            <th scope="row" className="px-4 py-2.5 text-left font-normal sm:px-5">
              <UserNameLink id={user.userId} displayName={user.displayName} email={user.email} />
            </th>
            <td className="px-2 py-2.5">
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
                <span className="min-w-[4.5rem] text-right tabular-nums">
                  {formatCount(user.tokens)}
                </span>
              </div>
            </td>
            <td className="py-2.5 pl-2 pr-4 text-right tabular-nums sm:pr-5">
              {formatUsd(user.costUsd)}
            </td>
          </tr>
        ))}
      </CardTable>
    </ChartCard>
  );
}
