import "server-only";
import { AppError } from "@/lib/errors";
import { findModel, type ModelInfo } from "@/lib/llm/catalogue";
import { isImageModel, supportsImageSize, takesReferenceImages } from "./options";
import type { GenerateImageInput } from "./schemas";

function invalid(field: string, problem: string): AppError {
  return AppError.badRequest(`${field}: ${problem}`, { [field]: [problem] });
}

/** The request's model, if it is listed, makes images and can do what the request asks of it. */
export async function resolveImageModel(input: GenerateImageInput): Promise<ModelInfo> {
  const model = await findModel(input.modelId);
  if (!model) throw invalid("modelId", "is not in the model list");
  if (!isImageModel(model)) throw invalid("modelId", "cannot make images; choose an image model");
  if (input.imageSize && !supportsImageSize(model.id)) {
    throw invalid("imageSize", "is not supported by this model; leave it out");
  }
  if (input.references.length > 0 && !takesReferenceImages(model)) {
    throw invalid("references", "cannot be used with this model, which does not read images");
  }
  return model;
}
