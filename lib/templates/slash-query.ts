import type { TemplateDto } from "@/lib/templates/dto";

/** A template name is at most 80 characters: longer text after "/" is a message, not a search. */
const MAX_QUERY_LENGTH = 80;

/**
 * The template search typed in the message box: "/sum" → "sum", "/" → "".
 * Null when the draft is not one: it does not start with "/", runs over more
 * than one line, or is longer than any name.
 */
export function slashQuery(draft: string): string | null {
  if (!draft.startsWith("/")) return null;
  const query = draft.slice(1);
  if (query.includes("\n") || query.length > MAX_QUERY_LENGTH) return null;
  return query.trim();
}

/**
 * The templates whose name holds the query, in the server's order. The server
 * also matches descriptions; the slash command finds templates by name only.
 */
export function templatesNamed<T extends Pick<TemplateDto, "name">>(
  templates: readonly T[],
  query: string,
): T[] {
  const needle = query.trim().toLocaleLowerCase();
  return templates.filter((template) => template.name.toLocaleLowerCase().includes(needle));
}
