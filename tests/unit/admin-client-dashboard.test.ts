import { describe, expect, it } from "vitest";
import {
  type DayPoint,
  formatDayLong,
  formatDayTick,
  formatUsdTick,
  hasAnyValue,
  modelLabel,
  peakOf,
  sumOf,
} from "@/components/common/charts/chart-data";
import { formatDate, formatDateTime, formatLimit, splitModelId } from "@/components/common/format";

function day(date: string, values: Partial<DayPoint> = {}): DayPoint {
  return { day: date, replies: 0, tokens: 0, costUsd: 0, newUsers: 0, ...values };
}

describe("chart data", () => {
  const perDay = [
    day("2025-03-01", { replies: 2, tokens: 300, costUsd: 0.01 }),
    day("2025-03-02", { replies: 5, tokens: 900, costUsd: 0.04, newUsers: 1 }),
    day("2025-03-03", { replies: 5, tokens: 100, costUsd: 0.02 }),
  ];

  it("knows a range with nothing but zeros is empty", () => {
    expect(hasAnyValue([day("2025-03-01"), day("2025-03-02")], ["replies", "tokens"])).toBe(false);
    expect(hasAnyValue(perDay, ["newUsers"])).toBe(true);
    expect(hasAnyValue([], ["replies"])).toBe(false);
  });

  it("sums a series", () => {
    expect(sumOf(perDay, "replies")).toBe(12);
    expect(sumOf(perDay, "tokens")).toBe(1300);
    expect(sumOf(perDay, "costUsd")).toBeCloseTo(0.07);
  });

  it("finds the first day with the largest value, and none when all are zero", () => {
    expect(peakOf(perDay, "replies")?.day).toBe("2025-03-02");
    expect(peakOf(perDay, "tokens")?.day).toBe("2025-03-02");
    expect(peakOf([day("2025-03-01")], "replies")).toBeUndefined();
  });

  it("labels UTC days the same in every time zone", () => {
    expect(formatDayTick("2025-03-01")).toBe("1 Mar");
    expect(formatDayLong("2025-03-01")).toBe("Sat, 1 Mar 2025");
  });

  it("writes money ticks with two significant digits", () => {
    expect(formatUsdTick(0)).toBe("$0");
    expect(formatUsdTick(0.08)).toBe("$0.08");
    expect(formatUsdTick(0.195)).toBe("$0.2");
    expect(formatUsdTick(0.0065)).toBe("$0.0065");
    expect(formatUsdTick(1.5)).toBe("$1.5");
    expect(formatUsdTick(12)).toBe("$12");
  });

  it("shortens model ids for an axis", () => {
    expect(modelLabel("openai/gpt-4o")).toBe("gpt-4o");
    expect(modelLabel("local-model")).toBe("local-model");
    expect(modelLabel("vendor/a-very-long-model-name-indeed", 12)).toBe("a-very-long…");
    expect(modelLabel("vendor/a-very-long-model-name-indeed", 12)).toHaveLength(12);
  });
});

describe("admin formats", () => {
  it("shows dates and times in UTC", () => {
    expect(formatDate("2025-03-05T23:30:00.000Z")).toBe("5 Mar 2025");
    expect(formatDateTime("2025-03-05T23:30:00.000Z")).toBe("5 Mar 2025, 23:30");
  });

  it("splits a model id into provider and name", () => {
    expect(splitModelId("openai/gpt-4o")).toEqual({ provider: "openai", name: "gpt-4o" });
    expect(splitModelId("a/b/c")).toEqual({ provider: "a", name: "b/c" });
    expect(splitModelId("local")).toEqual({ provider: null, name: "local" });
    expect(splitModelId("/odd")).toEqual({ provider: null, name: "/odd" });
  });

  it("shows -1 as unlimited", () => {
    expect(formatLimit(-1, String)).toBe("Unlimited");
    expect(formatLimit(0, String)).toBe("0");
    expect(formatLimit(5000, (value) => `${value} tokens`)).toBe("5000 tokens");
  });
});
