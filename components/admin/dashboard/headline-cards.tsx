import { type Figure, FigureGrid } from "@/components/common/figure-grid";
import { formatCount, formatUsd } from "@/components/common/format";
import type { DashboardDto } from "@/lib/admin/dto";

function figures({ headline, range }: DashboardDto): Figure[] {
  const period = `in the last ${range} days`;
  return [
    { label: "Accounts", value: formatCount(headline.users), hint: "all time" },
    {
      label: "Active in 7 days",
      value: formatCount(headline.activeLast7Days),
      hint: "used the app",
    },
    {
      label: "Active in 30 days",
      value: formatCount(headline.activeLast30Days),
      hint: "used the app",
    },
    { label: "New this week", value: formatCount(headline.newThisWeek), hint: "accounts created" },
    { label: "Conversations", value: formatCount(headline.conversations), hint: "all time" },
    { label: "Messages", value: formatCount(headline.messages), hint: "all time" },
    { label: "Tokens", value: formatCount(headline.tokens), hint: period },
    { label: "Cost", value: formatUsd(headline.costUsd), hint: period },
    { label: "Images generated", value: formatCount(headline.imagesGenerated), hint: "all time" },
    { label: "Arena votes", value: formatCount(headline.arenaVotes), hint: "all time" },
  ];
}

/** The instance at a glance: one figure per card. */
export function HeadlineCards({ dashboard }: { dashboard: DashboardDto }) {
  return (
    <FigureGrid
      figures={figures(dashboard)}
      className="grid-cols-2 sm:grid-cols-3 lg:grid-cols-5"
    />
  );
}
