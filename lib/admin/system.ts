import type { SystemStatusDto } from "@/lib/admin/dto";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { activitySummary } from "@/lib/observability/activity";
import { healthDetail } from "@/lib/system/health";

/**
 * What the admin's System page shows: the health of what this instance
 * depends on, and its own traffic over the last hour. Traffic is counted
 * per instance: behind a load balancer each one shows its share.
 */
export async function getSystemStatus(actor: SessionUser): Promise<SystemStatusDto> {
  assertAdmin(actor);
  return {
    at: new Date().toISOString(),
    health: await healthDetail(),
    activity: activitySummary(),
  };
}
