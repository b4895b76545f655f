import { route } from "@/lib/http/route";
import { metrics } from "@/lib/observability/metrics";
import { assertMayScrape } from "@/lib/observability/scrape-access";

export const dynamic = "force-dynamic";

/** Prometheus's text format, for a scraper holding METRICS_TOKEN or an admin. */
export const GET = route(async (req) => {
  await assertMayScrape(req);
  const { registry } = metrics();
  return new Response(await registry.metrics(), {
    headers: { "Content-Type": registry.contentType, "Cache-Control": "no-store" },
  });
});
