import type { LeaderboardEntryDto } from "@/lib/arena/dto";

type Interval = Pick<LeaderboardEntryDto, "ciLow" | "ciHigh">;

/**
 * Ranks as LMArena counts them: one plus the number of entries that are
 * clearly ahead, their whole 95% interval above this one's. Entries whose
 * intervals overlap share a rank, so a few votes never crown a winner.
 */
export function statisticalRanks(entries: readonly Interval[]): number[] {
  return entries.map((entry) => 1 + entries.filter((other) => other.ciLow > entry.ciHigh).length);
}

/** "+12 / −9": how far the 95% interval reaches above and below the rating. */
export function formatInterval(entry: Pick<LeaderboardEntryDto, "rating" | "ciLow" | "ciHigh">) {
  const up = Math.max(0, Math.round(entry.ciHigh - entry.rating));
  const down = Math.max(0, Math.round(entry.rating - entry.ciLow));
  return `+${up} / −${down}`;
}

/** 0.625 → "62.5%" in English, "62,5 %" in German; 1 → "100%". */
export function formatWinRate(rate: number, locale: string): string {
  if (!Number.isFinite(rate)) return "—";
  return new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 1 }).format(rate);
}
