import { Redis as UpstashRedis } from "@upstash/redis";
import type { Redis } from "ioredis";
import { env } from "@/lib/env";
import { connectRedis } from "@/lib/rate-limit/redis-adapter";

export type RedisHealth = "ok" | "down" | "unused";

const store = globalThis as typeof globalThis & {
  __uniChatHealthRedis?: Redis;
  __uniChatHealthUpstash?: UpstashRedis;
};

/** Pings the Redis this instance shares with others (REDIS_URL, else Upstash), if any. */
export async function checkRedis(): Promise<RedisHealth> {
  const config = env();
  try {
    if (config.REDIS_URL) {
      // A connection of its own: commands time out after a second, so a Redis that is gone answers "down" quickly.
      store.__uniChatHealthRedis ??= connectRedis(config.REDIS_URL);
      await store.__uniChatHealthRedis.ping();
      return "ok";
    }
    if (config.UPSTASH_REDIS_REST_URL && config.UPSTASH_REDIS_REST_TOKEN) {
      store.__uniChatHealthUpstash ??= new UpstashRedis({
        url: config.UPSTASH_REDIS_REST_URL,
        token: config.UPSTASH_REDIS_REST_TOKEN,
        enableTelemetry: false,
        retry: { retries: 0 },
        signal: () => AbortSignal.timeout(2_000),
      });
      await store.__uniChatHealthUpstash.ping();
      return "ok";
    }
    return "unused";
  } catch {
    return "down";
  }
}
