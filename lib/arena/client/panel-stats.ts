import type { ArenaReplyMetadataDto } from "@/lib/arena/dto";
import { formatDuration, formatTokens, formatUsd } from "@/lib/chat/client/format";

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

/** "8.4 tok/s", "42 tok/s", "1.2k tok/s". */
export function formatTokensPerSecond(value: number): string {
  if (value < 10) return `${trimZero(value.toFixed(1))} tok/s`;
  if (value < 1000) return `${Math.round(value)} tok/s`;
  return `${formatTokens(value)} tok/s`;
}

interface PanelStat {
  /** What a screen reader says, e.g. "Time to first token". */
  label: string;
  /** What the panel shows, e.g. "TTFT". */
  short: string;
  value: string;
}

/** Time to first token, speed, tokens and cost of a finished reply; missing or hidden ones are left out. */
export function panelStats(metadata: ArenaReplyMetadataDto): PanelStat[] {
  const stats: PanelStat[] = [];
  if (metadata.firstTokenMs !== null) {
    stats.push({
      label: "Time to first token",
      short: "TTFT",
      value: formatDuration(metadata.firstTokenMs),
    });
  }
  const speed = tokensPerSecond(metadata);
  if (speed !== null) {
    stats.push({ label: "Speed", short: "Speed", value: formatTokensPerSecond(speed) });
  }
  stats.push({
    label: "Tokens in and out",
    short: "Tokens",
    value: `${formatTokens(metadata.promptTokens)} → ${formatTokens(metadata.completionTokens)}`,
  });
  if (metadata.costUsd !== null) {
    stats.push({ label: "Cost", short: "Cost", value: formatUsd(metadata.costUsd) });
  }
  return stats;
}

function trimZero(text: string): string {
  return text.replace(/\.0$/, "");
}
