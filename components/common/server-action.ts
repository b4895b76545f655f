"use client";

import { type UseMutationOptions, useMutation } from "@tanstack/react-query";
import type { ActionResult } from "@/lib/http/action";
import { failureSentence } from "@/lib/http/failure-sentence";

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

/**
 * Runs a server action and returns its data. A refusal throws an ActionError
 * with the server's code, message and field errors; so does a transport
 * failure (offline, server down), so callers handle one kind of outcome.
 */
export async function runServerAction<T>(call: () => Promise<ActionResult<T>>): Promise<T> {
  let result: ActionResult<T>;
  try {
    result = await call();
  } catch {
    throw new ActionError("network_error", failureSentence("network_error"));
  }
  if (!result.ok) {
    const { code, message, fields } = result.error;
    throw new ActionError(code, failureSentence(code, message), fields);
  }
  return result.data;
}

/**
 * The one way the UI calls a server action: a React Query mutation whose
 * variables are the action's input, so pending state, callbacks and cache
 * updates work as they do for every other mutation.
 */
export function useServerAction<TData, TVariables = void, TContext = unknown>(
  action: (variables: TVariables) => Promise<ActionResult<TData>>,
  options: Omit<UseMutationOptions<TData, Error, TVariables, TContext>, "mutationFn"> = {},
) {
  return useMutation<TData, Error, TVariables, TContext>({
    ...options,
    mutationFn: (variables) => runServerAction(() => action(variables)),
  });
}

export function errorMessage(error: unknown): string {
  return error instanceof Error && error.message ? error.message : failureSentence("unknown");
}
