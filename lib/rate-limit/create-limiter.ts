import { createHash } from "node:crypto";
import { Ratelimit, type RatelimitConfig } from "@upstash/ratelimit";
import { log } from "@/lib/log";
import { MemoryWindow, type WindowHit } from "./memory";
import type { ScriptRedis } from "./redis-adapter";

export interface RateLimitResult {
  success: boolean;
  remaining: number;
  /** When the current window ends, in ms since the epoch. */
  reset: number;
  /** 0 when allowed; otherwise whole seconds until the window ends, at least 1. */
  retryAfterSeconds: number;
}

export type Backend = { kind: "redis"; redis: ScriptRedis } | { kind: "memory" };

export interface LimiterOptions {
  backend: Backend;
  /** Part of every stored key, so policies never share counters. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** How long to wait for Redis before treating it as down. */
  timeoutMs?: number;
  /** After a failure, count in memory this long before asking Redis again. */
  outagePauseMs?: number;
}

export interface Limiter {
  check(key: string): Promise<RateLimitResult>;
  /** Takes back one request that `check` counted, for limits that count only failures. */
  refund(key: string): Promise<void>;
  /** Forgets every request counted against the key, as if none had been made. */
  reset(key: string): Promise<void>;
}

const KEY_PREFIX = "uc:rl";
const DELETE_KEYS = "for _, key in ipairs(KEYS) do redis.call('DEL', key) end return 1";
const OUTAGE_LOG_INTERVAL_MS = 60_000;

// Hashed so that emails and addresses are not stored in Redis in clear, and
// a huge key cannot grow the store.
const digest = (key: string) => createHash("sha256").update(key).digest("base64url");

function toResult(hit: WindowHit, now = Date.now()): RateLimitResult {
  const retryAfterSeconds = hit.success ? 0 : Math.max(1, Math.ceil((hit.reset - now) / 1000));
  return { success: hit.success, remaining: hit.remaining, reset: hit.reset, retryAfterSeconds };
}

export function createLimiter(options: LimiterOptions): Limiter {
  const windowMs = Math.round(options.windowSeconds * 1000);
  const memory = new MemoryWindow(options.limit, windowMs);
  if (options.backend.kind === "memory") {
    return {
      check: async (key) => toResult(memory.hit(digest(key))),
      refund: async (key) => memory.refund(digest(key)),
      reset: async (key) => memory.clear(digest(key)),
    };
  }

  const timeoutMs = options.timeoutMs ?? 2_000;
  const { redis } = options.backend;
  const prefix = `${KEY_PREFIX}:${options.name}`;
  const shared = new Ratelimit({
    // The type names the whole @upstash/redis client, but with analytics,
    // protection and dynamic limits off only EVALSHA and EVAL are called.
    redis: options.backend.redis as unknown as RatelimitConfig["redis"],
    limiter: Ratelimit.slidingWindow(options.limit, `${windowMs} ms`),
    prefix,
    timeout: timeoutMs,
    // Its block cache is an unbounded Map, and the store is the source of truth.
    ephemeralCache: false,
    analytics: false,
    enableTelemetry: false,
  });

  const outagePauseMs = options.outagePauseMs ?? 5_000;
  let downUntil = 0;
  let lastOutageLog = Number.NEGATIVE_INFINITY;
  // An outage neither locks everyone out nor lifts the limits: checks fall
  // over to per-process counting, and Redis is asked again after a pause
  // (which spares each request the wait for a dead connection).
  const fallBack = (id: string, error: unknown) => {
    const now = Date.now();
    downUntil = now + outagePauseMs;
    if (now - lastOutageLog >= OUTAGE_LOG_INTERVAL_MS) {
      lastOutageLog = now;
      log.error("rate-limit store unreachable; counting in this process", {
        limiter: options.name,
        error,
      });
    }
    return toResult(memory.hit(id, now), now);
  };

  return {
    async check(key) {
      const id = digest(key);
      if (Date.now() < downUntil) return toResult(memory.hit(id));
      try {
        const response = await shared.limit(id);
        // On timeout the library answers "allowed"; treat it as an outage instead.
        if (response.reason === "timeout") throw new Error(`no answer within ${timeoutMs} ms`);
        if (downUntil > 0) {
          downUntil = 0;
          log.info("rate-limit store reachable again", { limiter: options.name });
        }
        return toResult(response);
      } catch (error) {
        return fallBack(id, error);
      }
    },
    async refund(key) {
      const id = digest(key);
      if (Date.now() < downUntil) return memory.refund(id);
      try {
        // A negative rate is the library's refund: it never refuses, it only counts down.
        await shared.limit(id, { rate: -1 });
      } catch {
        // The check that counted it may have fallen over to memory too.
        memory.refund(id);
      }
    },
    async reset(key) {
      const id = digest(key);
      memory.clear(id);
      // The sliding window counts in the current and the previous window's key.
      const window = Math.floor(Date.now() / windowMs);
      const keys = [window, window - 1].map((each) => `${prefix}:${id}:${each}`);
      await redis.eval(DELETE_KEYS, keys, []).catch((error: unknown) => {
        log.warn("could not reset a rate limit", { limiter: options.name, error });
      });
    },
  };
}
