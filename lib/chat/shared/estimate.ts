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
