/** How amounts read in the UI: money, token counts, prices and durations. */

/** "$0.0042", "$1.23", "<$0.0001"; a free model says "$0". */
export function formatUsd(value: number): string {
  if (!Number.isFinite(value) || value <= 0) return "$0";
  if (value < 0.0001) return "<$0.0001";
  if (value < 0.01) return `$${value.toFixed(4)}`;
  if (value < 1) return `$${value.toFixed(3)}`;
  return `$${value.toFixed(2)}`;
}

/** 950 → "950", 12_345 → "12.3k", 2_000_000 → "2M". */
export function formatTokens(value: number): string {
  if (value < 1000) return String(Math.max(0, Math.round(value)));
  if (value < 1_000_000) return `${trimZero((value / 1000).toFixed(value < 10_000 ? 1 : 0))}k`;
  return `${trimZero((value / 1_000_000).toFixed(1))}M`;
}

/** Price per million tokens, as model lists show it: "$3", "$0.15", "free". */
export function formatPerMillion(usdPerToken: number): string {
  if (!Number.isFinite(usdPerToken) || usdPerToken <= 0) return "free";
  const perMillion = usdPerToken * 1_000_000;
  return `$${trimZero(perMillion.toFixed(perMillion < 1 ? 3 : 2))}`;
}

/** "850 ms", "4.2 s", "1 min 5 s". */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${trimZero((ms / 1000).toFixed(1))} s`;
  const minutes = Math.floor(ms / 60_000);
  const seconds = Math.round((ms % 60_000) / 1000);
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

function trimZero(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}
