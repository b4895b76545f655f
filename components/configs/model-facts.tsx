import { formatPerMillion, formatTokens } from "@/lib/chat/client/format";
import type { ModelInfo } from "@/lib/llm/model-info";

/** What the chosen model can take and write, and what it costs, under the model field. */
export function ModelFacts({ model }: { model: ModelInfo }) {
  const facts = [
    model.contextLength ? `${formatTokens(model.contextLength)} tokens of context` : null,
    model.maxOutputTokens ? `writes up to ${formatTokens(model.maxOutputTokens)} tokens` : null,
    price(model),
  ].filter(Boolean);
  return <span>{facts.join(" · ")}</span>;
}

function price(model: ModelInfo): string {
  const { promptUsdPerToken, completionUsdPerToken } = model.pricing;
  if (promptUsdPerToken <= 0 && completionUsdPerToken <= 0) return "free";
  return `${formatPerMillion(promptUsdPerToken)} in, ${formatPerMillion(completionUsdPerToken)} out per million tokens`;
}
