/**
 * Models write math as `\( … \)` and `\[ … \]` as often as with dollars, and
 * write prices with a dollar sign. Before rendering a block this turns the
 * LaTeX delimiters into the dollar form remark-math reads, sets a formula
 * alone on its line between `$$` apart as display math (remark-math reads
 * `$$x$$` within a line as inline), and escapes a
 * dollar that starts an amount ("$5", "$1,200.50") so two prices on one line
 * do not become a formula. Code (fenced or inline) is left exactly as it is.
 */

const FENCED = /^ {0,3}(`{3,}|~{3,})/;
const INLINE_CODE = /(`+)[\s\S]*?\1/g;
const DISPLAY_LINE = /^[ \t]*\$\$([^$\n]+)\$\$[ \t]*$/gm;
const AMOUNT = /(^|[^\\$\w])\$(?=\d[\d,]*(?:\.\d+)?(?:[kKmMbB]\b)?(?:\s|$|[,.;:!?)\-/]))/g;

export function normalizeMath(block: string): string {
  if (FENCED.test(block) || !/[$\\]/.test(block)) return block;
  let out = "";
  let last = 0;
  for (const match of block.matchAll(INLINE_CODE)) {
    out += convert(block.slice(last, match.index));
    out += match[0];
    last = match.index + match[0].length;
  }
  return out + convert(block.slice(last));
}

function convert(text: string): string {
  return text
    .replace(/\\\[([\s\S]+?)\\\]/g, (_, tex: string) => `\n$$\n${tex.trim()}\n$$\n`)
    .replace(DISPLAY_LINE, (_, tex: string) => `\n$$\n${tex.trim()}\n$$\n`)
    .replace(/\\\(([\s\S]+?)\\\)/g, (_, tex: string) => `$${tex}$`)
    .replace(AMOUNT, "$1\\$");
}
