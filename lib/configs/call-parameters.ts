import type { ChatParameters } from "@/lib/llm/stream-chat";
import type { LlmConfigDoc } from "@/models/llm-config";

/** A config's parameters as a model call takes them; without a config, the model's own. */
export function callParameters(
  config: Pick<LlmConfigDoc, "parameters"> | null | undefined,
): ChatParameters {
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
