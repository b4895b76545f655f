import "server-only";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { upstreamConfig } from "@/lib/llm/upstream-config";
import {
  incomplete,
  providerError,
  rateLimited,
  timedOut,
  toUpstreamError,
} from "@/lib/llm/upstream-error";

/** OpenRouter's error body, sent with an error status or, for some failures, after a 200. */
const errorBodySchema = z.object({
  error: z.object({ code: z.unknown().optional(), message: z.unknown() }),
});

async function failureOf(response: Response): Promise<AppError> {
  if (response.status === 429) return rateLimited(response.headers.get("retry-after") ?? undefined);
  const body = errorBodySchema.safeParse(await response.json().catch(() => null));
  return toUpstreamError({
    code: response.status,
    message: body.success ? body.data.error.message : response.statusText,
  });
}

/**
 * POSTs one request to the provider and reads its whole JSON answer, for
 * the calls that do not stream (images, embeddings). Throws an AppError a
 * person can act on: the provider's refusal, a rate limit, an error after
 * a 200, an outage, a timeout or an answer cut off. When `signal` aborts,
 * whatever the abort caused is thrown for the caller to name.
 */
export async function postUpstream(
  path: string,
  body: unknown,
  options: { signal?: AbortSignal; timeoutMs: number },
): Promise<unknown> {
  const { baseUrl, apiKey } = upstreamConfig();
  const timeout = AbortSignal.timeout(options.timeoutMs);
  let answered = false;
  try {
    const response = await fetch(`${baseUrl}${path}`, {
      method: "POST",
      headers: {
        authorization: `Bearer ${apiKey}`,
        "content-type": "application/json",
        accept: "application/json",
        "x-title": "Uni-Chat",
      },
      body: JSON.stringify(body),
      signal: options.signal ? AbortSignal.any([options.signal, timeout]) : timeout,
    });
    answered = true;
    if (!response.ok) throw await failureOf(response);
    const json: unknown = await response.json().catch((error: unknown) => {
      // A body cut off mid-way surfaces as a TypeError; anything else was not JSON.
      if (error instanceof TypeError) throw error;
      throw providerError("the answer was not valid JSON");
    });
    const failed = errorBodySchema.safeParse(json);
    if (failed.success) throw toUpstreamError(failed.data.error);
    return json;
  } catch (error) {
    if (options.signal?.aborted) throw error;
    if (timeout.aborted) throw timedOut(options.timeoutMs);
    if (error instanceof AppError) throw error;
    if (answered) throw incomplete();
    throw new AppError(
      "upstream_unavailable",
      503,
      "The model provider cannot be reached. Try again in a moment.",
    );
  }
}
