import { describe, expect, it } from "vitest";
import {
  formatDuration,
  formatPerMillion,
  formatTokens,
  formatUsd,
} from "@/lib/chat/client/format";
import { estimatePrompt, estimateTokens, MEDIA_PART_TOKENS } from "@/lib/chat/shared/estimate";

describe("estimateTokens", () => {
  it("counts four characters a token, rounding up", () => {
    expect(estimateTokens("")).toBe(0);
    expect(estimateTokens("abc")).toBe(1);
    expect(estimateTokens("abcd")).toBe(1);
    expect(estimateTokens("abcde")).toBe(2);
  });
});

describe("estimatePrompt", () => {
  it("adds the visible history and the draft, times the prompt price", () => {
    const estimate = estimatePrompt(["a".repeat(400), "b".repeat(40)], "c".repeat(8), 0.000002);
    expect(estimate.tokens).toBe(100 + 10 + 2);
    expect(estimate.costUsd).toBeCloseTo(112 * 0.000002, 12);
  });

  it("prices attached files: a text document by its size, an image or a PDF as a fixed amount", () => {
    const files = [
      { name: "notes.md", size: 4_000, isImage: false },
      { name: "photo.png", size: 5_000_000, isImage: true },
      { name: "Report.PDF", size: 9_000_000, isImage: false },
    ];
    const estimate = estimatePrompt([], "c".repeat(8), 0.000001, files);
    expect(estimate.tokens).toBe(2 + 1_000 + MEDIA_PART_TOKENS * 2);
    expect(estimate.costUsd).toBeCloseTo((2 + 1_000 + MEDIA_PART_TOKENS * 2) * 0.000001, 12);
  });

  it("has no cost when the price is unknown, and zero for a free model", () => {
    expect(estimatePrompt([], "hello", null).costUsd).toBeNull();
    expect(estimatePrompt([], "hello", Number.NaN).costUsd).toBeNull();
    expect(estimatePrompt([], "hello", 0).costUsd).toBe(0);
  });
});

describe("formatting", () => {
  it("formats dollars for small and large amounts", () => {
    expect(formatUsd(0)).toBe("$0");
    expect(formatUsd(0.00004)).toBe("<$0.0001");
    expect(formatUsd(0.0042)).toBe("$0.0042");
    expect(formatUsd(0.123)).toBe("$0.123");
    expect(formatUsd(12.5)).toBe("$12.50");
  });

  it("formats token counts", () => {
    expect(formatTokens(950)).toBe("950");
    expect(formatTokens(1500)).toBe("1.5k");
    expect(formatTokens(12_345)).toBe("12k");
    expect(formatTokens(128_000)).toBe("128k");
    expect(formatTokens(2_000_000)).toBe("2M");
  });

  it("formats prices per million tokens", () => {
    expect(formatPerMillion(0)).toBe("free");
    expect(formatPerMillion(0.000003)).toBe("$3");
    expect(formatPerMillion(0.00000015)).toBe("$0.15");
    expect(formatPerMillion(0.0000125)).toBe("$12.5");
  });

  it("formats durations", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(4200)).toBe("4.2 s");
    expect(formatDuration(65_000)).toBe("1 min 5 s");
  });
});
