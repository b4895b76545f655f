import { env } from "@/lib/env";

export interface UpstreamHealth {
  status: "ok" | "down" | "unconfigured";
  /** How long the provider took to answer, when it answered. */
  latencyMs?: number;
  /** When this result was measured (ISO 8601); results are reused for a while. */
  checkedAt: string;
  error?: string;
}

/** Health probes may come every few seconds from several places; the provider hears from us at most this often. */
const CACHE_MS = 30_000;
const TIMEOUT_MS = 3_000;

const store = globalThis as typeof globalThis & {
  __uniChatUpstreamCheck?: { at: number; result: Promise<UpstreamHealth> };
};

/**
 * Whether the model provider answers, checked with one GET of its model list
 * (whose body is not read) and remembered for 30 s per process. Concurrent
 * callers share one request.
 */
export function checkUpstream(): Promise<UpstreamHealth> {
  const cached = store.__uniChatUpstreamCheck;
  if (cached && Date.now() - cached.at < CACHE_MS) return cached.result;
  const result = measure();
  store.__uniChatUpstreamCheck = { at: Date.now(), result };
  return result;
}

async function measure(): Promise<UpstreamHealth> {
  const { OPENROUTER_API_KEY, OPENROUTER_BASE_URL } = env();
  const checkedAt = new Date().toISOString();
  if (!OPENROUTER_API_KEY) return { status: "unconfigured", checkedAt };
  const startedAt = performance.now();
  try {
    const response = await fetch(`${OPENROUTER_BASE_URL.replace(/\/+$/, "")}/models`, {
      headers: { authorization: `Bearer ${OPENROUTER_API_KEY}`, accept: "application/json" },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    // The full list is large; that it starts arriving is all this check needs.
    await response.body?.cancel();
    const latencyMs = Math.round(performance.now() - startedAt);
    if (!response.ok) {
      return {
        status: "down",
        latencyMs,
        checkedAt,
        error: `GET /models answered ${response.status}`,
      };
    }
    return { status: "ok", latencyMs, checkedAt };
  } catch (error) {
    return { status: "down", checkedAt, error: reason(error) };
  }
}

function reason(error: unknown): string {
  if (error instanceof DOMException && error.name === "TimeoutError") {
    return `no answer within ${TIMEOUT_MS / 1000} s`;
  }
  if (error instanceof Error) {
    // fetch() says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND) is its cause.
    const cause = error.cause instanceof Error ? error.cause.message : undefined;
    return cause ? `${error.message}: ${cause}` : error.message;
  }
  return String(error);
}
