import { pingDb } from "@/lib/db/connect";
import { isDraining } from "@/lib/server/drain";

export const dynamic = "force-dynamic";

/**
 * 200 while this instance takes work; 503 when its database is down or it
 * is shutting down, so a load balancer sends new requests elsewhere.
 */
export async function GET() {
  const up = await pingDb();
  const status = isDraining() ? "draining" : up ? "ok" : "degraded";
  return Response.json(
    {
      status,
      db: up ? "ok" : "down",
      uptimeSeconds: Math.round(process.uptime()),
    },
    { status: status === "ok" ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
