import { pingDb } from "@/lib/db/connect";
import { isDraining } from "@/lib/server/drain";
import { checkRedis, type RedisHealth } from "./redis-check";
import { checkUpstream, type UpstreamHealth } from "./upstream-check";
import { type AppVersion, appVersion } from "./version";

/** What anyone, a load balancer above all, may know: whether this instance takes work. */
export interface HealthSummary {
  status: "ok" | "degraded" | "draining";
  db: "ok" | "down";
  uptimeSeconds: number;
}

/** What an admin sees besides: the services the app leans on, and which build runs. */
export interface HealthDetail extends HealthSummary {
  upstream: UpstreamHealth;
  redis: RedisHealth;
  version: AppVersion;
}

/**
 * `ok` while this instance can serve: its database answers and it is not
 * shutting down. The model provider and Redis do not count: without them
 * people still read, search and sign in, and taking the instance out of a
 * load balancer would not bring them back.
 */
export async function healthSummary(): Promise<HealthSummary> {
  const up = await pingDb();
  return {
    status: isDraining() ? "draining" : up ? "ok" : "degraded",
    db: up ? "ok" : "down",
    uptimeSeconds: Math.round(process.uptime()),
  };
}

/** The summary with the model provider's reachability (cached 30 s), Redis and the version. */
export async function healthDetail(): Promise<HealthDetail> {
  const [summary, upstream, redis] = await Promise.all([
    healthSummary(),
    checkUpstream(),
    checkRedis(),
  ]);
  return { ...summary, upstream, redis, version: appVersion() };
}
