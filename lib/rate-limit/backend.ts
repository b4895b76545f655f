import { Redis as UpstashRedis } from "@upstash/redis";
import { type Env, env } from "@/lib/env";
import { log } from "@/lib/log";
import type { Backend } from "./create-limiter";
import { connectRedis, ioredisAdapter } from "./redis-adapter";

/** REDIS_URL, else Upstash's REST API, else counting in this process. */
export function backendFromEnv(config: Env = env()): Backend {
  if (config.REDIS_URL) {
    log.info("rate limits are stored in Redis");
    return { kind: "redis", redis: ioredisAdapter(connectRedis(config.REDIS_URL)) };
  }
  if (config.UPSTASH_REDIS_REST_URL && config.UPSTASH_REDIS_REST_TOKEN) {
    log.info("rate limits are stored in Upstash Redis");
    const redis = new UpstashRedis({
      url: config.UPSTASH_REDIS_REST_URL,
      token: config.UPSTASH_REDIS_REST_TOKEN,
      enableTelemetry: false,
      // The limiter's own timeout and fallback handle an outage; long retries would only delay it.
      retry: { retries: 1 },
    });
    return { kind: "redis", redis };
  }
  log.info(
    "rate limits are counted in this process; set REDIS_URL to share them between instances",
  );
  return { kind: "memory" };
}
