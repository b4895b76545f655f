import { parseEnv } from "@/lib/env";
import { ENV_DOCS } from "@/lib/env-docs";

export const START = "<!-- env-table:start -->";
export const END = "<!-- env-table:end -->";

/** What a variable is when unset, as the schema says, with its note. */
function defaultCell(value: unknown, note: string | undefined): string {
  if (value === undefined) return note ? `unset: ${note}` : "unset";
  return note ? `\`${String(value)}\` (${note})` : `\`${String(value)}\``;
}

/** Pads cells to their column's width, as the formatter lays Markdown tables out. */
function layOut(rows: string[][]): string {
  const width = (text: string) => [...text].length;
  const widths =
    rows[0]?.map((_, column) => Math.max(3, ...rows.map((row) => width(row[column] ?? "")))) ?? [];
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell + " ".repeat((widths[column] ?? 0) - width(cell))).join(" | ")} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(widths.map((w) => "-".repeat(w))), ...body.map(line)].join("\n");
}

/** The README's table of environment variables, from lib/env.ts's schema and lib/env-docs.ts. */
export function envTable(): string {
  const defaults = parseEnv({}) as Record<string, unknown>;
  const rows = Object.entries(ENV_DOCS).map(([name, doc]) => [
    `\`${name}\``,
    doc.meaning,
    defaultCell(defaults[name], doc.note),
  ]);
  return layOut([["variable", "meaning", "default"], ...rows]);
}

/** The table between the markers in `readme`; throws when the markers are missing. */
export function tableIn(readme: string): string {
  const start = readme.indexOf(START);
  const end = readme.indexOf(END);
  if (start < 0 || end < start) throw new Error(`README.md has no ${START} … ${END} markers`);
  return readme.slice(start + START.length, end).trim();
}

export function withTable(readme: string, table: string): string {
  const current = tableIn(readme);
  const start = readme.indexOf(START) + START.length;
  const end = readme.indexOf(END);
  if (current === table) return readme;
  return `${readme.slice(0, start)}\n\n${table}\n\n${readme.slice(end)}`;
}
