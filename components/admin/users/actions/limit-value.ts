/** A limit field as typed: a number, or the Unlimited box ticked. */
export interface LimitInput {
  text: string;
  unlimited: boolean;
}

/** What can be wrong with a typed limit; the dialog words it. */
export type LimitProblem = "missing" | "negative" | "fraction";

/** -1 is unlimited, as the server stores it. */
export const UNLIMITED = -1;

export function toLimitInput(value: number): LimitInput {
  return value < 0 ? { text: "", unlimited: true } : { text: String(value), unlimited: false };
}

/**
 * The value to send, or what is wrong with the text.
 * Whole numbers only for tokens; cents are fine for a budget.
 */
export function parseLimit(
  input: LimitInput,
  options: { wholeNumber: boolean },
): { value: number } | { error: LimitProblem } {
  if (input.unlimited) return { value: UNLIMITED };
  const text = input.text.trim();
  if (!text) return { error: "missing" };
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0) return { error: "negative" };
  if (options.wholeNumber && !Number.isInteger(value)) return { error: "fraction" };
  return { value };
}
