import { APICallError } from "ai";
import { AppError } from "@/lib/errors";

/**
 * Turns whatever the provider or the network threw into an AppError whose
 * message tells a person what happened and what to do. The provider's own
 * message is kept where it helps (OpenRouter's are written for people).
 */

const MAX_DETAIL = 300;

function detail(message: unknown): string {
  const text = typeof message === "string" ? message.trim() : "";
  if (!text) return "no details were given";
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL)}…` : text;
}

/** Retry-After as seconds, or as an HTTP date; undefined when absent or unreadable. */
function retryAfterSeconds(header: string | undefined, now = Date.now()): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;
  const seconds = /^\d+$/.test(value) ? Number(value) : (Date.parse(value) - now) / 1000;
  return Number.isFinite(seconds) ? Math.max(1, Math.ceil(seconds)) : undefined;
}

/** The provider's 429: its Retry-After reaches the person, and an API caller as a header. */
export function rateLimited(retryAfter?: string): AppError {
  const seconds = retryAfterSeconds(retryAfter);
  if (seconds === undefined) {
    return new AppError(
      "upstream_rate_limited",
      429,
      "The model provider is rate-limiting requests. Wait a moment and retry.",
    );
  }
  return new AppError(
    "upstream_rate_limited",
    429,
    `The model provider is rate-limiting requests. Try again in ${seconds} s.`,
  ).withHeaders({ "Retry-After": String(seconds) });
}

export function providerError(message: unknown): AppError {
  return new AppError(
    "upstream_error",
    502,
    `The model provider returned an error: ${detail(message)}`,
  );
}

export function incomplete(): AppError {
  return new AppError("upstream_incomplete", 502, "The model stopped before finishing its answer.");
}

export function timedOut(idleMs: number): AppError {
  const seconds = Number((idleMs / 1000).toFixed(1));
  return new AppError(
    "upstream_timeout",
    504,
    `The model did not answer for ${seconds} second${seconds === 1 ? "" : "s"}.`,
  );
}

function fromStatus(status: number, message: unknown, retryAfter?: string): AppError {
  if (status === 429) return rateLimited(retryAfter);
  if (status === 401) {
    return new AppError(
      "upstream_auth",
      502,
      "The model provider rejected the API key. Ask your administrator to check OPENROUTER_API_KEY.",
    );
  }
  if (status === 402) {
    return new AppError(
      "upstream_credits",
      502,
      "The model provider account has run out of credits. Ask your administrator to add credits.",
    );
  }
  if (status >= 400 && status < 500 && status !== 408) {
    return new AppError(
      "upstream_rejected",
      400,
      `The model provider rejected the request: ${detail(message)}`,
    );
  }
  return providerError(message);
}

/** The `{ code, message }` object OpenRouter sends as a `data:` event after a 200. */
function streamedError(error: unknown): { code: unknown; message: unknown } | undefined {
  if (typeof error !== "object" || error === null || error instanceof Error) return undefined;
  if (!("message" in error)) return undefined;
  return { code: "code" in error ? error.code : undefined, message: error.message };
}

export function toUpstreamError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (APICallError.isInstance(error)) {
    // No status: the request never got an answer (refused, DNS, reset).
    if (error.statusCode === undefined) {
      return new AppError(
        "upstream_unavailable",
        503,
        "The model provider cannot be reached. Try again in a moment.",
      );
    }
    // OpenRouter answers some failures with a 200 whose body holds the real code.
    const status = error.statusCode === 200 ? Number(streamedError(error.data)?.code) : NaN;
    return fromStatus(
      Number.isInteger(status) ? status : error.statusCode,
      error.message,
      error.responseHeaders?.["retry-after"],
    );
  }
  const streamed = streamedError(error);
  if (streamed) {
    const status = Number(streamed.code);
    return Number.isInteger(status)
      ? fromStatus(status, streamed.message)
      : providerError(streamed.message);
  }
  // Undici reports a connection lost mid-body as a bare TypeError ("terminated");
  // failures before the response are wrapped in APICallError above.
  if (error instanceof TypeError) return incomplete();
  return providerError(error instanceof Error ? error.message : undefined);
}
