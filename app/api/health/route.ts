import { requireAdmin } from "@/lib/auth/current-user";
import { route } from "@/lib/http/route";
import { systemContracts } from "@/lib/system/contracts";
import { type HealthSummary, healthDetail, healthSummary } from "@/lib/system/health";
import { healthQuerySchema } from "@/lib/system/schemas";

export const dynamic = "force-dynamic";

/**
 * 200 while this instance takes work; 503 when its database is down or it
 * is shutting down, so a load balancer sends new requests elsewhere.
 * `?live=1` answers 200 whenever the process answers at all, for liveness
 * probes: a database outage must not get a healthy process restarted.
 * `?detail=1` adds the model provider, Redis and the version for an admin
 * (session or API key); anyone else gets the plain answer, never an error,
 * so a probe that sends it cannot break.
 */
export const GET = route(systemContracts.health, async ({ query }) => {
  const { live, detail } = healthQuerySchema.parse(query);
  if (live) {
    return answer({ status: "alive", uptimeSeconds: Math.round(process.uptime()) }, 200);
  }
  const body = detail && (await isAdmin()) ? await healthDetail() : await healthSummary();
  return answer(body, body.status === "ok" ? 200 : 503);
});

async function isAdmin(): Promise<boolean> {
  return requireAdmin({ apiKey: true }).then(
    () => true,
    () => false,
  );
}

function answer(body: HealthSummary | { status: "alive"; uptimeSeconds: number }, status: number) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
}
