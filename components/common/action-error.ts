import { callAction } from "@/components/forms/call-action";
import type { ActionResult } from "@/lib/http/action";

/** A failed server action as a thrown error, so React Query's onError sees its message. */
export class ActionError extends Error {
  override name = "ActionError";

  constructor(
    readonly code: string,
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

export async function unwrapAction<T>(call: () => Promise<ActionResult<T>>): Promise<T> {
  const result = await callAction(call);
  if (!result.ok)
    throw new ActionError(result.error.code, result.error.message, result.error.fields);
  return result.data;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : "Something went wrong.";
}
