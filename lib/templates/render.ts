import { AppError, type FieldErrors } from "@/lib/errors";
import { fillPlaceholders } from "@/lib/templates/parts";
import { extractVariables } from "@/lib/templates/variables";

/** The longest text a template may render to; a short template can repeat a long value. */
export const MAX_RENDERED_LENGTH = 100_000;

/**
 * Fills each `{{name}}` with its value, literally and in one pass: a value is
 * never scanned again, so `{{other}}`, `$&` or `${…}` in it stay as typed, and
 * nothing here reads the environment. Every variable needs a value (an empty
 * one is fine) and every value a variable; otherwise a 400 names the key.
 */
export function renderTemplate(text: string, values: Record<string, string>): string {
  const variables = extractVariables(text);
  const fields: FieldErrors = {};
  for (const name of variables) {
    if (!Object.hasOwn(values, name)) fields[`values.${name}`] = ["is required"];
  }
  for (const key of Object.keys(values)) {
    if (!variables.includes(key)) fields[`values.${key}`] = ["is not a variable of this template"];
  }
  const [first] = Object.keys(fields);
  if (first !== undefined) {
    throw AppError.badRequest(`${first}: ${fields[first]?.[0]}`, fields);
  }
  const rendered = fillPlaceholders(text, values);
  if (rendered.length > MAX_RENDERED_LENGTH) {
    throw AppError.badRequest(
      `The filled template must be at most ${MAX_RENDERED_LENGTH} characters.`,
      { values: [`make the filled template at most ${MAX_RENDERED_LENGTH} characters`] },
    );
  }
  return rendered;
}
