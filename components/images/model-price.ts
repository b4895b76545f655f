import { formatPerMillion, formatUsd } from "@/lib/chat/client/format";
import type { ModelInfo } from "@/lib/llm/model-info";

/** A short price for the model picker: per image where the list says, else per output token. */
export function priceSummary(model: ModelInfo): string {
  const { imageUsdPerImage, promptUsdPerToken, completionUsdPerToken } = model.pricing;
  if (imageUsdPerImage) return `${formatUsd(imageUsdPerImage)} per image`;
  if (promptUsdPerToken <= 0 && completionUsdPerToken <= 0) return "free";
  return `${formatPerMillion(completionUsdPerToken)} per million output tokens`;
}

/** Every price the model list gives, under the picker. */
export function priceDetail(model: ModelInfo): string {
  const { imageUsdPerImage, promptUsdPerToken, completionUsdPerToken } = model.pricing;
  if (!imageUsdPerImage && promptUsdPerToken <= 0 && completionUsdPerToken <= 0) return "Free";
  const tokens = `${formatPerMillion(promptUsdPerToken)} in, ${formatPerMillion(completionUsdPerToken)} out per million tokens`;
  return imageUsdPerImage ? `${formatUsd(imageUsdPerImage)} per image, plus ${tokens}` : tokens;
}
