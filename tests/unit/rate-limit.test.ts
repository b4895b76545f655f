import { afterEach, describe, expect, it, vi } from "vitest";
import { clientAddress } from "@/lib/http/client-address";
import { log } from "@/lib/log";
import { createLimiter } from "@/lib/rate-limit/create-limiter";
import { MemoryWindow } from "@/lib/rate-limit/memory";
import type { ScriptRedis } from "@/lib/rate-limit/redis-adapter";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("MemoryWindow", () => {
  it("allows `limit` requests per window, then refuses without counting the refusals", () => {
    const window = new MemoryWindow(3, 1_000);
    const hits = [1, 2, 3, 4, 5].map(() => window.hit("k", 100));
    expect(hits.map((hit) => hit.success)).toEqual([true, true, true, false, false]);
    expect(hits.map((hit) => hit.remaining)).toEqual([2, 1, 0, 0, 0]);
    expect(hits[0]?.reset).toBe(1_000);
    // Half of the previous window still counts: floor(0.5 * 3) = 1 of 3.
    expect(window.hit("k", 1_500)).toMatchObject({ success: true, remaining: 1 });
  });

  it("weights the previous window by how much of it still overlaps", () => {
    const window = new MemoryWindow(10, 1_000);
    for (let i = 0; i < 10; i++) window.hit("k", 999);
    expect(window.hit("k", 1_000).success).toBe(false);
    const allowedAtHalf = [1, 2, 3, 4, 5, 6].map(() => window.hit("k", 1_500).success);
    expect(allowedAtHalf).toEqual([true, true, true, true, true, false]);
  });

  it("gives back a refunded request, never below zero", () => {
    const window = new MemoryWindow(2, 1_000);
    window.hit("k", 100);
    window.hit("k", 100);
    window.refund("k", 200);
    expect(window.hit("k", 300)).toMatchObject({ success: true, remaining: 0 });
    expect(window.hit("k", 300).success).toBe(false);
    for (let i = 0; i < 5; i++) window.refund("k", 400);
    expect([1, 2, 3].map(() => window.hit("k", 500).success)).toEqual([true, true, false]);
  });

  it("keeps keys apart", () => {
    const window = new MemoryWindow(1, 1_000);
    expect(window.hit("user:a", 0).success).toBe(true);
    expect(window.hit("user:a", 0).success).toBe(false);
    expect(window.hit("user:b", 0).success).toBe(true);
  });

  it("forgets counters once they can no longer matter", () => {
    const window = new MemoryWindow(5, 1_000);
    for (let i = 0; i < 100; i++) window.hit(`ip:${i}`, 0);
    expect(window.size).toBe(100);
    window.hit("ip:late", 2_500);
    expect(window.size).toBe(1);
  });

  it("caps its size by evicting the least recently used key", () => {
    const window = new MemoryWindow(2, 60_000, 3);
    window.hit("busy", 0);
    window.hit("b", 0);
    window.hit("c", 0);
    window.hit("busy", 1);
    window.hit("d", 2);
    expect(window.size).toBe(3);
    // "busy" survived the eviction, so its count was not reset.
    expect(window.hit("busy", 3).success).toBe(false);
    expect(window.hit("b", 3)).toMatchObject({ success: true, remaining: 1 });
  });
});

describe("createLimiter with the memory backend", () => {
  it("reports a reset in the future and whole seconds to wait", async () => {
    const limiter = createLimiter({
      backend: { kind: "memory" },
      name: "t",
      limit: 1,
      windowSeconds: 60,
    });
    const allowed = await limiter.check("user:1");
    expect(allowed).toMatchObject({ success: true, remaining: 0, retryAfterSeconds: 0 });
    const refused = await limiter.check("user:1");
    expect(refused.success).toBe(false);
    expect(refused.reset).toBeGreaterThan(Date.now());
    expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(refused.retryAfterSeconds).toBeLessThanOrEqual(60);
  });
});

/** A store whose health a test switches; it answers as the sliding-window script does. */
function flakyStore() {
  const state = { healthy: false, calls: 0, hang: false };
  const run = async (): Promise<unknown> => {
    state.calls += 1;
    if (state.hang) return new Promise(() => {});
    if (!state.healthy) throw new Error("connect ECONNREFUSED 127.0.0.1:6379");
    return [7, 10];
  };
  const redis: ScriptRedis = { eval: run, evalsha: run };
  return { state, redis };
}

describe("createLimiter when the store fails", () => {
  it("counts in memory, logs the outage once, and uses the store again when it is back", async () => {
    const error = vi.spyOn(log, "error").mockImplementation(() => {});
    const info = vi.spyOn(log, "info").mockImplementation(() => {});
    const { state, redis } = flakyStore();
    const limiter = createLimiter({
      backend: { kind: "redis", redis },
      name: "flaky",
      limit: 2,
      windowSeconds: 3_600,
      outagePauseMs: 0,
    });

    const during = await Promise.all([1, 2, 3].map(() => limiter.check("email:a@b.c")));
    expect(during.map((result) => result.success)).toEqual([true, true, false]);
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]?.[0]).toMatch(/unreachable/);

    state.healthy = true;
    expect(await limiter.check("email:a@b.c")).toMatchObject({ success: true, remaining: 7 });
    expect(info).toHaveBeenCalledWith("rate-limit store reachable again", { limiter: "flaky" });
  });

  it("pauses before asking a failed store again", async () => {
    vi.spyOn(log, "error").mockImplementation(() => {});
    const { state, redis } = flakyStore();
    const limiter = createLimiter({
      backend: { kind: "redis", redis },
      name: "paused",
      limit: 5,
      windowSeconds: 60,
      outagePauseMs: 60_000,
    });
    await limiter.check("ip:1.2.3.4");
    const callsAfterFailure = state.calls;
    await limiter.check("ip:1.2.3.4");
    expect(state.calls).toBe(callsAfterFailure);
  });

  it("treats a store that never answers as down instead of letting everyone through", async () => {
    vi.spyOn(log, "error").mockImplementation(() => {});
    const { state, redis } = flakyStore();
    state.hang = true;
    const limiter = createLimiter({
      backend: { kind: "redis", redis },
      name: "hung",
      limit: 1,
      windowSeconds: 60,
      timeoutMs: 50,
      outagePauseMs: 0,
    });
    expect((await limiter.check("user:1")).success).toBe(true);
    expect((await limiter.check("user:1")).success).toBe(false);
  });
});

describe("clientAddress", () => {
  const forwarded = (value: string) => new Headers({ "x-forwarded-for": value });

  it("takes the right-most entry with no trusted proxy, whatever the client forged", () => {
    expect(clientAddress(forwarded("203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(forwarded("1.1.1.1, 2.2.2.2, 203.0.113.9"), 0)).toBe("203.0.113.9");
    expect(clientAddress(forwarded("evil, 10.0.0.1,203.0.113.9"), 0)).toBe("203.0.113.9");
  });

  it("skips as many entries from the right as there are trusted proxies", () => {
    const header = forwarded("6.6.6.6, 198.51.100.7, 10.0.0.2, 127.0.0.1");
    expect(clientAddress(header, 1)).toBe("10.0.0.2");
    expect(clientAddress(header, 2)).toBe("198.51.100.7");
  });

  it("uses the left-most entry when the list is shorter than the trusted hops", () => {
    expect(clientAddress(forwarded("198.51.100.7, 127.0.0.1"), 5)).toBe("198.51.100.7");
  });

  it("trims entries, ignores empty ones and strips the IPv4-mapped IPv6 prefix", () => {
    expect(clientAddress(forwarded("  ::ffff:192.0.2.1  "), 0)).toBe("192.0.2.1");
    expect(clientAddress(forwarded("198.51.100.7,, ::FFFF:127.0.0.1"), 1)).toBe("198.51.100.7");
    expect(clientAddress(forwarded("2001:DB8::1"), 0)).toBe("2001:db8::1");
  });

  it("answers 'unknown' without the header", () => {
    expect(clientAddress(new Headers(), 0)).toBe("unknown");
  });
});
