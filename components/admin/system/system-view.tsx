"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { SYSTEM_REFRESH_MS, useSystemStatus } from "../data";
import { ErrorLog } from "./error-log";
import { HealthCards } from "./health-cards";
import { TrafficCards } from "./traffic-cards";
import { TrafficChart } from "./traffic-chart";
import { UpstreamErrors } from "./upstream-errors";

/**
 * The System page's figures, read again every few seconds while the tab is
 * visible. A refresh that fails keeps the last figures on screen and says
 * how old they are.
 */
export function SystemView({ initial }: { initial: SystemStatusDto }) {
  const t = useTranslations("admin.system");
  const f = useFormat();
  const { data, error, isFetching } = useSystemStatus(initial);
  return (
    <div className="space-y-6">
      <p className="text-xs text-muted-foreground" data-testid="system-updated">
        {error ? (
          <span role="alert" className="font-medium text-destructive">
            {t("refreshFailed", { message: error.message, time: f.clock(data.at) })}
          </span>
        ) : (
          <>
            {t("updated", { time: f.clock(data.at), seconds: SYSTEM_REFRESH_MS / 1000 })}
            {isFetching ? "…" : ""}
          </>
        )}
      </p>
      <HealthCards health={data.health} />
      <TrafficCards activity={data.activity} />
      <TrafficChart minutes={data.activity.minutes} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <UpstreamErrors errors={data.activity.upstreamErrors} />
        <ErrorLog entries={data.activity.recentErrors} />
      </div>
    </div>
  );
}
