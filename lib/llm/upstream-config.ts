import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

export interface UpstreamConfig {
  /** OpenAI-compatible base URL without a trailing slash, e.g. https://openrouter.ai/api/v1. */
  baseUrl: string;
  apiKey: string;
}

/** Where model calls go and with which key; without a key every model call fails with this 503. */
export function upstreamConfig(): UpstreamConfig {
  const { OPENROUTER_BASE_URL, OPENROUTER_API_KEY } = env();
  if (!OPENROUTER_API_KEY) {
    throw new AppError(
      "no_api_key",
      503,
      "No model provider is configured. Ask your administrator to set OPENROUTER_API_KEY.",
    );
  }
  return { baseUrl: OPENROUTER_BASE_URL.replace(/\/+$/, ""), apiKey: OPENROUTER_API_KEY };
}

/** How long a stream may go without real content before it is abandoned. */
export function defaultIdleTimeoutMs(): number {
  return env().LLM_IDLE_TIMEOUT_MS;
}
