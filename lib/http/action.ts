import { type ErrorBody, toAppError } from "@/lib/errors";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody["error"] };

/**
 * Runs a server action's work and returns its outcome as data: Next hides
 * the message of anything thrown from an action in production, and the UI
 * needs it (and the field errors) to tell the person what to fix.
 */
export async function runAction<T>(work: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return { ok: false, error: toAppError(error).toBody().error };
  }
}
