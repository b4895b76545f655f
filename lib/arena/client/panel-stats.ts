import type { ArenaReplyMetadataDto } from "@/lib/arena/dto";
import type { Formatters } from "@/lib/i18n/format";

/**
 * Output speed once the first token arrived: the wait before it is the time
 * to first token, shown on its own. null when the reply has no timing or
 * came in one piece.
 */
export function tokensPerSecond(metadata: ArenaReplyMetadataDto): number | null {
  const { completionTokens, generationTimeMs, firstTokenMs } = metadata;
  if (generationTimeMs === null || firstTokenMs === null || completionTokens <= 0) return null;
  const streamingMs = generationTimeMs - firstTokenMs;
  if (!Number.isFinite(streamingMs) || streamingMs <= 0) return null;
  return completionTokens / (streamingMs / 1000);
}

/** "8.4 tok/s", "42 tok/s", "1.2k tok/s", with the reader's decimal sign. */
export function formatTokensPerSecond(value: number, format: Formatters): string {
  if (value < 10) return `${format.count(Math.round(value * 10) / 10)} tok/s`;
  if (value < 1000) return `${format.count(Math.round(value))} tok/s`;
  return `${format.tokens(value)} tok/s`;
}

interface PanelStat {
  /** Which figure (arena.stats): its name for a screen reader and its short form on the panel. */
  key: "firstToken" | "speed" | "tokens" | "cost";
  value: string;
}

/** Time to first token, speed, tokens and cost of a finished reply; missing or hidden ones are left out. */
export function panelStats(metadata: ArenaReplyMetadataDto, format: Formatters): PanelStat[] {
  const stats: PanelStat[] = [];
  if (metadata.firstTokenMs !== null) {
    stats.push({ key: "firstToken", value: format.duration(metadata.firstTokenMs) });
  }
  const speed = tokensPerSecond(metadata);
  if (speed !== null) {
    stats.push({ key: "speed", value: formatTokensPerSecond(speed, format) });
  }
  stats.push({
    key: "tokens",
    value: `${format.tokens(metadata.promptTokens)} → ${format.tokens(metadata.completionTokens)}`,
  });
  if (metadata.costUsd !== null) {
    stats.push({ key: "cost", value: format.usd(metadata.costUsd) });
  }
  return stats;
}
