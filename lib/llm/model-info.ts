// No "server-only" here: the browser's model picker and cost estimate use these too.

/** One model from the upstream list, in our own terms. */
export interface ModelInfo {
  id: string;
  name: string;
  description: string;
  contextLength: number | null;
  maxOutputTokens: number | null;
  pricing: {
    promptUsdPerToken: number;
    completionUsdPerToken: number;
    imageUsdPerImage: number | null;
  };
  inputModalities: string[];
  outputModalities: string[];
  /** The request fields the provider says the model takes (OpenRouter's supported_parameters); absent when it does not say. */
  supportedParameters?: string[];
}

/** What a reply would cost at the model's list prices, in USD. */
export function estimateCostUsd(
  model: ModelInfo,
  promptTokens: number,
  completionTokens: number,
): number {
  return (
    promptTokens * model.pricing.promptUsdPerToken +
    completionTokens * model.pricing.completionUsdPerToken
  );
}
