import { isVariableName, variablePattern } from "@/lib/templates/variables";

/** `start` is where the part begins in the template's text: unique, so it can key a list. */
export type TemplatePart =
  | { kind: "text"; text: string; start: number }
  | { kind: "variable"; name: string; start: number };

/**
 * A template's text cut at its placeholders. The browser's preview shows each
 * value apart from the text around it; the server joins the same parts to fill
 * a template, so both read placeholders the same way. No "server-only": the
 * fill dialog imports this.
 */
export function templateParts(text: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let start = 0;
  for (const match of text.matchAll(variablePattern())) {
    const name = match[1] as string;
    if (!isVariableName(name)) continue;
    if (match.index > start) {
      parts.push({ kind: "text", text: text.slice(start, match.index), start });
    }
    parts.push({ kind: "variable", name, start: match.index });
    start = match.index + match[0].length;
  }
  if (start < text.length) parts.push({ kind: "text", text: text.slice(start), start });
  return parts;
}

/**
 * Fills each placeholder with its value, literally and in one pass: a value
 * is never scanned again, so `{{other}}`, `$&` or `${…}` in it stay as typed.
 * A variable without a value (own property only) becomes empty.
 */
export function fillPlaceholders(text: string, values: Record<string, string>): string {
  return templateParts(text)
    .map((part) => {
      if (part.kind === "text") return part.text;
      return Object.hasOwn(values, part.name) ? (values[part.name] ?? "") : "";
    })
    .join("");
}
