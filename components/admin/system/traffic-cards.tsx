import { FigureGrid } from "@/components/common/figure-grid";
import { formatCount } from "@/components/common/format";
import type { SystemStatusDto } from "@/lib/admin/dto";

type Activity = SystemStatusDto["activity"];

export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  return ms >= 1_000 ? `${(ms / 1_000).toFixed(1)} s` : `${Math.round(ms)} ms`;
}

function errorShare({ requests, errors }: Activity["totals"]): string {
  if (requests === 0) return "no requests";
  const percent = (errors / requests) * 100;
  return `${percent < 0.1 && errors > 0 ? "<0.1" : percent.toFixed(percent < 10 ? 1 : 0)}% of requests`;
}

/** The last hour in four numbers. */
export function TrafficCards({ activity }: { activity: Activity }) {
  const { totals, openStreams } = activity;
  const open = openStreams.chat + openStreams.arena + openStreams.image + openStreams.api;
  const figures = [
    { label: "Requests", value: formatCount(totals.requests), hint: "in the last hour" },
    { label: "Server errors", value: formatCount(totals.errors), hint: errorShare(totals) },
    {
      label: "Latency p95",
      value: formatMs(totals.p95Ms),
      hint: "95% of requests answered within",
    },
    {
      label: "Open answers",
      value: formatCount(open),
      hint: `${openStreams.chat} chat · ${openStreams.arena} arena · ${openStreams.image} image · ${openStreams.api} API`,
    },
  ];
  return <FigureGrid figures={figures} className="grid-cols-2 lg:grid-cols-4" />;
}
