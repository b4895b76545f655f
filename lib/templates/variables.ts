/** Variable names: a letter or underscore, then up to 39 letters, digits or underscores. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

/**
 * A `{{ name }}` placeholder, spaces optional. Anything else between braces
 * (too long a name, other characters) is not a variable and stays as text.
 */
export function variablePattern(): RegExp {
  return /\{\{\s*([A-Za-z_][A-Za-z0-9_]{0,39})\s*\}\}/g;
}

/**
 * `__proto__` fits the pattern but cannot be a key of the parsed values (JSON
 * parsers and zod drop or misread it), so it could never be filled: it stays text.
 */
export function isVariableName(name: string): boolean {
  return name !== "__proto__" && VARIABLE_NAME.test(name);
}

/** The variables of a template's text, each once, in order of first appearance. */
export function extractVariables(text: string): string[] {
  const names = new Set<string>();
  for (const match of text.matchAll(variablePattern())) {
    const name = match[1] as string;
    if (isVariableName(name)) names.add(name);
  }
  return [...names];
}
