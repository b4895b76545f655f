/**
 * Splits Markdown into top-level blocks so a streaming message re-renders
 * only its last block: every finished block keeps the same source string
 * and its memoised render is reused.
 *
 * Splits happen only at blank lines outside code fences and `$$` math, and
 * never inside a list or before an indented continuation. Documents that use
 * reference-style definitions stay whole, since a definition applies to
 * every block.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:\s|$)/;
const DEFINITION = /^ {0,3}\[[^\]\n]+\]:\s/m;

interface Fence {
  char: string;
  length: number;
}

export function splitMarkdownBlocks(markdown: string): string[] {
  if (markdown === "") return [];
  if (DEFINITION.test(markdown)) return [markdown];

  const lines = markdown.split("\n");
  const blocks: string[] = [];
  let current: string[] = [];
  let fence: Fence | null = null;
  let inMath = false;
  let pendingBlank = false;

  const flush = () => {
    while (current.length > 0 && current[current.length - 1]?.trim() === "") current.pop();
    if (current.length > 0) blocks.push(current.join("\n"));
    current = [];
  };

  for (const line of lines) {
    if (fence) {
      current.push(line);
      if (closesFence(line, fence)) fence = null;
      continue;
    }
    if (inMath) {
      current.push(line);
      if (togglesMath(line)) inMath = false;
      continue;
    }
    if (line.trim() === "") {
      if (current.length > 0) pendingBlank = true;
      current.push(line);
      continue;
    }
    if (pendingBlank && startsNewBlock(line, current)) {
      flush();
    }
    pendingBlank = false;
    current.push(line);

    const open = FENCE.exec(line);
    if (open?.[1]) {
      fence = { char: open[1][0] ?? "`", length: open[1].length };
    } else if (togglesMath(line)) {
      inMath = true;
    }
  }
  flush();
  return blocks;
}

function closesFence(line: string, fence: Fence): boolean {
  const trimmed = line.trim();
  if (trimmed.length < fence.length) return false;
  if (/^ {4,}/.test(line)) return false;
  for (const ch of trimmed) if (ch !== fence.char) return false;
  return true;
}

/** A line with an odd number of `$$` opens or closes display math. */
function togglesMath(line: string): boolean {
  if (!line.trimStart().startsWith("$$") && !line.trimEnd().endsWith("$$")) return false;
  return (line.match(/\$\$/g)?.length ?? 0) % 2 === 1;
}

function startsNewBlock(line: string, current: readonly string[]): boolean {
  // Indented: a list item's next paragraph or indented code continuing.
  if (/^(?: {2,}|\t)/.test(line)) return false;
  const first = current.find((l) => l.trim() !== "") ?? "";
  if (LIST_ITEM.test(first) && LIST_ITEM.test(line)) return false;
  return true;
}
