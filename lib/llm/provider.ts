import "server-only";
import { createOpenRouter } from "@openrouter/ai-sdk-provider";
import type { LanguageModel } from "ai";
import { joiningFetch } from "@/lib/llm/join-text-events";
import { upstreamConfig } from "@/lib/llm/upstream-config";

/**
 * The one place a model id becomes a model. Throws AppError `no_api_key`
 * when no key is configured.
 */
export function chatModel(modelId: string): LanguageModel {
  const { baseUrl, apiKey } = upstreamConfig();
  const openrouter = createOpenRouter({
    baseURL: baseUrl,
    apiKey,
    // "strict" also sends stream_options.include_usage, which OpenAI-compatible
    // servers other than OpenRouter need before they report usage in a stream.
    compatibility: "strict",
    appName: "Uni-Chat",
    fetch: joiningFetch,
  });
  // OpenRouter now reports usage and cost on every response; asking explicitly
  // keeps older deployments and compatible proxies reporting them too.
  return openrouter.chat(modelId, { usage: { include: true } });
}
