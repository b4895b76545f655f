import { type Figure, FigureGrid, share } from "@/components/common/figure-grid";
import { formatCount, formatLimit, formatUsd } from "@/components/common/format";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { formatBudgetUsd } from "@/lib/usage/shared/format-budget";

function figures(user: AdminUserDetailDto): Figure[] {
  return [
    {
      label: "Tokens used",
      value: formatCount(user.tokensUsed),
      hint: `Limit: ${formatLimit(user.tokensLimit, formatCount)}`,
      share: share(user.tokensUsed, user.tokensLimit),
    },
    {
      label: "Cost this month",
      value: formatUsd(user.costThisMonthUsd),
      hint: `Monthly budget: ${formatLimit(user.monthlyBudgetUsd, formatBudgetUsd)}`,
      share: share(user.costThisMonthUsd, user.monthlyBudgetUsd),
    },
    { label: "Cost", value: formatUsd(user.costUsd), hint: "since usage was last reset" },
    {
      label: "Messages sent",
      value: formatCount(user.messagesSent),
      hint: "since usage was last reset",
    },
    {
      label: "Conversations",
      value: formatCount(user.conversations),
      hint: "kept, archived included",
    },
    { label: "API keys", value: formatCount(user.apiKeys), hint: "that still work" },
  ];
}

/** The account's usage against its limits, and what it holds. */
export function UserUsage({ user }: { user: AdminUserDetailDto }) {
  return <FigureGrid figures={figures(user)} className="grid-cols-2 lg:grid-cols-3" />;
}
