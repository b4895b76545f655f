import { AppError } from "@/lib/errors";
import { findModel, type ModelInfo } from "@/lib/llm/catalogue";
import { MAX_TOKENS_FALLBACK } from "./schemas";

/**
 * The config's model must be in the model list, and max_tokens within what
 * that model can write (or the general ceiling when the list does not say).
 */
export async function checkModel(modelId: string, maxTokens: number | null): Promise<ModelInfo> {
  const model = await findModel(modelId);
  if (!model) {
    throw AppError.badRequest(`modelId: ${modelId} is not in the model list`, {
      modelId: ["is not in the model list"],
    });
  }
  const ceiling = model.maxOutputTokens ?? MAX_TOKENS_FALLBACK;
  if (maxTokens !== null && maxTokens > ceiling) {
    throw AppError.badRequest(`parameters.maxTokens: must be at most ${ceiling}`, {
      "parameters.maxTokens": [`must be at most ${ceiling} for this model`],
    });
  }
  return model;
}
