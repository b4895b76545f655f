import type { ChatParameters } from "@/lib/llm/stream-chat";
import type { LlmConfigDoc } from "@/models/llm-config";

/** A config's sampling parameters as a model call takes them; none without a config. */
export function chatParameters(config: Pick<LlmConfigDoc, "parameters"> | null): ChatParameters {
  const p = config?.parameters;
  if (!p) return {};
  return {
    temperature: p.temperature,
    maxTokens: p.max_tokens ?? undefined,
    topP: p.top_p,
    frequencyPenalty: p.frequency_penalty,
    presencePenalty: p.presence_penalty,
  };
}
