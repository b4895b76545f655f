import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import {
  activitySummary,
  noteLogEntry,
  noteRequest,
  noteStreamChange,
  noteUpstreamError,
} from "@/lib/observability/activity";

const store = globalThis as typeof globalThis & { __uniChatActivity?: unknown };
const START = new Date("2026-03-01T10:00:30.000Z");

beforeEach(() => {
  store.__uniChatActivity = undefined;
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => {
  vi.useRealTimers();
});

const minutes = (count: number) => vi.advanceTimersByTime(count * 60_000);

describe("activitySummary", () => {
  it("is sixty empty minutes, oldest first, when nothing happened", () => {
    const summary = activitySummary();
    expect(summary.minutes).toHaveLength(60);
    expect(summary.minutes[0]?.at).toBe("2026-03-01T09:01:00.000Z");
    expect(summary.minutes[59]).toEqual({
      at: "2026-03-01T10:00:00.000Z",
      requests: 0,
      errors: 0,
      p95Ms: null,
    });
    expect(summary.totals).toEqual({ requests: 0, errors: 0, p95Ms: null });
    expect(summary.openStreams).toEqual({ chat: 0, arena: 0, image: 0, api: 0 });
    expect(summary.upstreamErrors).toEqual([]);
    expect(summary.recentErrors).toEqual([]);
  });

  it("counts requests and 5xx errors per minute, with each minute's 95th percentile", () => {
    for (let index = 1; index <= 20; index += 1) noteRequest(200, index * 10);
    noteRequest(503, 5_000);
    minutes(1);
    noteRequest(404, 30);
    noteRequest(500, 70);

    const summary = activitySummary();
    const [earlier, latest] = summary.minutes.slice(-2);
    // 21 durations: the 95th percentile is the 20th smallest.
    expect(earlier).toEqual({
      at: "2026-03-01T10:00:00.000Z",
      requests: 21,
      errors: 1,
      p95Ms: 200,
    });
    expect(latest).toEqual({ at: "2026-03-01T10:01:00.000Z", requests: 2, errors: 1, p95Ms: 70 });
    expect(summary.totals).toEqual({ requests: 23, errors: 2, p95Ms: 200 });
  });

  it("forgets what is more than an hour old", () => {
    noteRequest(500, 10);
    noteUpstreamError("fake/echo", "429");
    minutes(59);
    expect(activitySummary().totals.requests).toBe(1);
    minutes(1);
    noteRequest(200, 10);
    const summary = activitySummary();
    expect(summary.totals).toEqual({ requests: 1, errors: 0, p95Ms: 10 });
    expect(summary.upstreamErrors).toEqual([]);
  });

  it("sums upstream errors over the hour by model and kind, most frequent first", () => {
    noteUpstreamError("fake/echo", "5xx");
    minutes(10);
    noteUpstreamError("fake/echo", "5xx");
    noteUpstreamError("fake/cut", "cut");
    expect(activitySummary().upstreamErrors).toEqual([
      { model: "fake/echo", kind: "5xx", count: 2 },
      { model: "fake/cut", kind: "cut", count: 1 },
    ]);
  });

  it("follows open streams by kind", () => {
    noteStreamChange("chat", 1);
    noteStreamChange("chat", 1);
    noteStreamChange("image", 1);
    noteStreamChange("chat", -1);
    expect(activitySummary().openStreams).toEqual({ chat: 1, arena: 0, image: 1, api: 0 });
  });

  it("keeps the latest 50 warnings and errors, newest first, with their request", () => {
    noteLogEntry("warn", "first", undefined);
    noteLogEntry("error", "second", { requestId: "req-1", route: "/api/health" });
    expect(activitySummary().recentErrors).toEqual([
      {
        time: START.toISOString(),
        level: "error",
        message: "second",
        requestId: "req-1",
        route: "/api/health",
      },
      { time: START.toISOString(), level: "warn", message: "first" },
    ]);
    for (let index = 0; index < 60; index += 1) noteLogEntry("warn", `entry ${index}`, undefined);
    const recent = activitySummary().recentErrors;
    expect(recent).toHaveLength(50);
    expect(recent[0]?.message).toBe("entry 59");
  });

  it("hands out a copy: a caller cannot change what it keeps", () => {
    noteStreamChange("api", 1);
    activitySummary().openStreams.api = 99;
    expect(activitySummary().openStreams.api).toBe(1);
  });
});
