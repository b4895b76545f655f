import { randomUUID } from "node:crypto";
import type { Redis } from "ioredis";
import { afterAll, afterEach, beforeEach, describe, expect, inject, it, vi } from "vitest";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { createLimiter, type LimiterOptions } from "@/lib/rate-limit/create-limiter";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { POLICIES } from "@/lib/rate-limit/policies";
import { connectRedis, ioredisAdapter } from "@/lib/rate-limit/redis-adapter";
import { freePort } from "../setup/wait";

const clients: Redis[] = [];

function redisLimiter(options: Omit<LimiterOptions, "backend">, url = inject("redisUrl")) {
  const client = connectRedis(url);
  clients.push(client);
  return {
    client,
    limiter: createLimiter({
      ...options,
      backend: { kind: "redis", redis: ioredisAdapter(client) },
    }),
  };
}

/** A limiter name no other test or earlier run has counted under. */
const fresh = () => `test-${randomUUID()}`;

const successes = async (check: () => Promise<{ success: boolean }>, times: number) => {
  const results: boolean[] = [];
  for (let i = 0; i < times; i++) results.push((await check()).success);
  return results;
};

afterEach(() => {
  vi.restoreAllMocks();
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.quit().catch(() => undefined)));
});

describe("rate limits in Redis", () => {
  // The in-process fallback would give the same answers, so make sure it never ran.
  let outage: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    outage = vi.spyOn(log, "error");
  });
  afterEach(() => {
    expect(outage).not.toHaveBeenCalled();
  });

  it("refuses after the limit, counting down the remainder", async () => {
    const { limiter } = redisLimiter({ name: fresh(), limit: 3, windowSeconds: 3_600 });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await limiter.check("user:1"));
    expect(results.map((result) => result.success)).toEqual([true, true, true, false]);
    expect(results.map((result) => result.remaining)).toEqual([2, 1, 0, 0]);
    expect(results[3]?.retryAfterSeconds).toBeGreaterThan(0);
    expect(results[3]?.retryAfterSeconds).toBeLessThanOrEqual(3_600);
  });

  it("keeps users, addresses and policies apart", async () => {
    const name = fresh();
    const { limiter } = redisLimiter({ name, limit: 1, windowSeconds: 3_600 });
    const { limiter: other } = redisLimiter({ name: fresh(), limit: 1, windowSeconds: 3_600 });
    expect(await successes(() => limiter.check("user:a"), 2)).toEqual([true, false]);
    expect((await limiter.check("user:b")).success).toBe(true);
    expect(await successes(() => limiter.check("ip:192.0.2.1"), 2)).toEqual([true, false]);
    expect((await limiter.check("ip:192.0.2.2")).success).toBe(true);
    expect((await other.check("user:a")).success).toBe(true);
  });

  it("allows requests again once the window has passed", async () => {
    const { limiter } = redisLimiter({ name: fresh(), limit: 2, windowSeconds: 1 });
    // Start just after a window boundary so the burst lands in one window.
    await new Promise((resolve) => setTimeout(resolve, 1_000 - (Date.now() % 1_000) + 20));
    expect(await successes(() => limiter.check("user:1"), 3)).toEqual([true, true, false]);
    const refused = await limiter.check("user:1");
    await new Promise((resolve) => setTimeout(resolve, refused.reset - Date.now() + 20));
    expect((await limiter.check("user:1")).success).toBe(true);
    // Two windows on, nothing of the burst is left.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await successes(() => limiter.check("user:1"), 3)).toEqual([true, true, false]);
  });

  it("gives a refunded request back, for limits that count only failures", async () => {
    const { limiter } = redisLimiter({ name: fresh(), limit: 2, windowSeconds: 3_600 });
    await limiter.check("email:a@example.com");
    await limiter.check("email:a@example.com");
    await limiter.refund("email:a@example.com");
    expect(await successes(() => limiter.check("email:a@example.com"), 2)).toEqual([true, false]);
  });

  it("shares counts between instances that use the same Redis", async () => {
    const name = fresh();
    const first = redisLimiter({ name, limit: 4, windowSeconds: 3_600 }).limiter;
    const second = redisLimiter({ name, limit: 4, windowSeconds: 3_600 }).limiter;
    expect(await successes(() => first.check("email:a@example.com"), 2)).toEqual([true, true]);
    expect(await successes(() => second.check("email:a@example.com"), 3)).toEqual([
      true,
      true,
      false,
    ]);
    expect((await first.check("email:a@example.com")).success).toBe(false);
  });

  it("stores hashed keys under the prefix and keeps working after Redis forgets its scripts", async () => {
    const name = fresh();
    const { client, limiter } = redisLimiter({ name, limit: 5, windowSeconds: 3_600 });
    const sentEval = vi.spyOn(client, "eval");
    await limiter.check("email:secret@example.com");
    await limiter.check("email:secret@example.com");
    expect(sentEval).toHaveBeenCalledTimes(1);

    const keys = await client.keys(`uc:rl:${name}:*`);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toContain("secret@example.com");

    await client.script("FLUSH");
    expect((await limiter.check("email:secret@example.com")).remaining).toBe(2);
  });
});

describe("rate limits when Redis is unreachable", () => {
  it("count in this process and log the outage", async () => {
    const error = vi.spyOn(log, "error").mockImplementation(() => {});
    const closedPort = await freePort();
    const { limiter } = redisLimiter(
      { name: fresh(), limit: 2, windowSeconds: 60 },
      `redis://127.0.0.1:${closedPort}`,
    );
    expect(await successes(() => limiter.check("email:a@example.com"), 3)).toEqual([
      true,
      true,
      false,
    ]);
    expect((await limiter.check("email:b@example.com")).success).toBe(true);
    expect(error).toHaveBeenCalledWith(
      "rate-limit store unreachable; counting in this process",
      expect.objectContaining({ error: expect.any(Error) }),
    );
  });
});

describe("enforceRateLimit", () => {
  it("throws a 429 once any key is used up, with the policy's limit", async () => {
    const outage = vi.spyOn(log, "error");
    const address = `ip:${randomUUID()}`;
    for (let i = 0; i < POLICIES.register.limit; i++) {
      await enforceRateLimit("register", [address]);
    }
    const refused = await enforceRateLimit("register", [address]).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 429, code: "rate_limited" });

    const otherAddress = `ip:${randomUUID()}`;
    await expect(enforceRateLimit("register", [otherAddress])).resolves.toBeUndefined();
    await expect(enforceRateLimit("register", [otherAddress, address])).rejects.toMatchObject({
      status: 429,
    });
    expect(outage).not.toHaveBeenCalled();
  });
});
