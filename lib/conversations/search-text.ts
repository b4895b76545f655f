/** The user's words as a literal pattern: no regex syntax of theirs reaches the database. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

const BEFORE = 40;
const AFTER = 100;

/** A short, one-line excerpt of `content` around the first match of `pattern`. */
export function snippetAround(content: string, pattern: string): string {
  const match = new RegExp(pattern, "i").exec(content);
  // The database's case folding can differ from JavaScript's; then the excerpt starts at the top.
  const at = match?.index ?? 0;
  const start = notInsidePair(content, Math.max(0, at - BEFORE));
  const end = notInsidePair(
    content,
    Math.min(content.length, at + (match?.[0].length ?? 0) + AFTER),
  );
  const text = content.slice(start, end).replace(/\s+/g, " ").trim();
  return `${start > 0 ? "…" : ""}${text}${end < content.length ? "…" : ""}`;
}

/** Moves a cut back by one if it would split an emoji or other surrogate pair. */
function notInsidePair(text: string, index: number): number {
  const code = text.charCodeAt(index);
  return index > 0 && code >= 0xdc00 && code <= 0xdfff ? index - 1 : index;
}
