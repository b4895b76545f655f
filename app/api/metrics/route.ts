import { route } from "@/lib/http/route";
import { metrics } from "@/lib/observability/metrics";
import { systemContracts } from "@/lib/system/contracts";

export const dynamic = "force-dynamic";

/** Prometheus's text format, for a scraper holding METRICS_TOKEN or an admin. */
export const GET = route(systemContracts.metrics, async () => {
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
});
