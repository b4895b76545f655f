import { useFormatter, useTranslations } from "next-intl";
import { FigureGrid } from "@/components/common/figure-grid";
import { useFormat } from "@/components/common/use-format";
import type { SystemStatusDto } from "@/lib/admin/dto";

type Activity = SystemStatusDto["activity"];

/** The last hour in four numbers. */
export function TrafficCards({ activity }: { activity: Activity }) {
  const t = useTranslations("admin.system.traffic");
  const f = useFormat();
  const format = useFormatter();
  const { totals, openStreams } = activity;
  const open = openStreams.chat + openStreams.arena + openStreams.image + openStreams.api;
  const share = totals.errors / Math.max(totals.requests, 1);
  // One decimal below 10%, and any error at all is never rounded away to "0%".
  const percent = (value: number) => {
    const digits = value < 0.1 ? 1 : 0;
    return format.number(value, {
      style: "percent",
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
  };
  const figures = [
    { label: t("requests"), value: f.count(totals.requests), hint: t("lastHour") },
    {
      label: t("serverErrors"),
      value: f.count(totals.errors),
      hint:
        totals.requests === 0
          ? t("noRequests")
          : t("errorShare", {
              share: share > 0 && share < 0.001 ? `<${percent(0.001)}` : percent(share),
            }),
    },
    {
      label: t("latency"),
      value: totals.p95Ms === null ? "—" : f.duration(totals.p95Ms),
      hint: t("latencyHint"),
    },
    {
      label: t("openAnswers"),
      value: f.count(open),
      hint: t("openByKind", openStreams),
    },
  ];
  return <FigureGrid figures={figures} className="grid-cols-2 lg:grid-cols-4" />;
}
