import { fieldMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/http/action";
import { NETWORK_MESSAGE } from "@/lib/http/client";

/**
 * Runs a server action and turns a transport failure (offline, server down)
 * into the same failed-result shape, so forms handle one kind of outcome.
 */
export async function callAction<T>(
  call: () => Promise<ActionResult<T>>,
): Promise<ActionResult<T>> {
  try {
    return await call();
  } catch {
    return {
      ok: false,
      error: {
        code: "network_error",
        message: NETWORK_MESSAGE,
      },
    };
  }
}

/** Picks the messages for the form's own fields and names each field in its sentence. */
export function fieldErrorsFor<K extends string>(
  fields: Record<string, string[] | undefined> | undefined,
  labels: Record<K, string>,
): Partial<Record<K, string>> {
  const errors: Partial<Record<K, string>> = {};
  if (!fields) return errors;
  for (const key of Object.keys(labels) as K[]) {
    const message = fieldMessage(labels[key], fields[key]);
    if (message) errors[key] = message;
  }
  return errors;
}

/** With errors shown beside the fields, the toast only points at them; the raw message is for the API. */
export function failureMessage(
  message: string,
  fields: Record<string, string | undefined>,
): string {
  return Object.values(fields).some(Boolean)
    ? "Check the highlighted fields and try again."
    : message;
}
