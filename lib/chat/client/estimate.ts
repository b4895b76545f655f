/**
 * A rough prompt-cost estimate shown before sending. Four characters per
 * token is the usual rule of thumb for English text; the real count comes
 * back with the reply.
 */

const CHARS_PER_TOKEN = 4;

export function estimateTokens(text: string): number {
  return text.length === 0 ? 0 : Math.ceil(text.length / CHARS_PER_TOKEN);
}

/**
 * What one image or PDF in a prompt counts as. Providers bill a picture by
 * its pixels, about a thousand tokens or fewer (OpenAI's 1024×1024 at high
 * detail is 765), never by the length of its bytes.
 */
export const MEDIA_PART_TOKENS = 1_000;

/** An attached file: a text document is read as text, so it counts by its size. */
export function estimateFileTokens(file: { name: string; size: number; isImage: boolean }): number {
  const media = file.isImage || file.name.toLowerCase().endsWith(".pdf");
  return media ? MEDIA_PART_TOKENS : Math.ceil(file.size / CHARS_PER_TOKEN);
}

interface PromptEstimate {
  tokens: number;
  /** null when the model's price is unknown. */
  costUsd: number | null;
}

export function estimatePrompt(
  history: readonly string[],
  draft: string,
  promptUsdPerToken: number | null | undefined,
  files: readonly { name: string; size: number; isImage: boolean }[] = [],
): PromptEstimate {
  const tokens =
    history.reduce((sum, text) => sum + estimateTokens(text), estimateTokens(draft)) +
    files.reduce((sum, file) => sum + estimateFileTokens(file), 0);
  const price =
    typeof promptUsdPerToken === "number" &&
    Number.isFinite(promptUsdPerToken) &&
    promptUsdPerToken >= 0
      ? promptUsdPerToken
      : null;
  return { tokens, costUsd: price === null ? null : tokens * price };
}

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
