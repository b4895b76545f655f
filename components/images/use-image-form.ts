"use client";

import { useCallback, useMemo, useState } from "react";
import type { ImageDto } from "@/lib/images/dto";
import {
  ASPECT_RATIOS,
  type AspectRatio,
  IMAGE_SIZES,
  type ImageSize,
  isImageModel,
  supportsImageSize,
} from "@/lib/images/options";
import type { ReferenceInput } from "@/lib/images/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";
import type { GenerateRequest } from "./data";

const LAST_MODEL_KEY = "uni-chat:last-image-model";

function readLastModel(): string | null {
  try {
    return window.localStorage.getItem(LAST_MODEL_KEY);
  } catch {
    return null;
  }
}

function rememberModel(modelId: string): void {
  try {
    window.localStorage.setItem(LAST_MODEL_KEY, modelId);
  } catch {
    // Private mode or storage full: the choice simply is not remembered.
  }
}

function isAspectRatio(value: string | null): value is AspectRatio {
  return ASPECT_RATIOS.some((ratio) => ratio === value);
}

function isImageSize(value: string | null): value is ImageSize {
  return IMAGE_SIZES.some((size) => size === value);
}

/** The studio form's values; the model defaults to the one last used here, else the first listed. */
export function useImageForm(models: ModelInfo[] | undefined) {
  const imageModels = useMemo(
    () => (models ?? []).filter(isImageModel).sort((a, b) => a.name.localeCompare(b.name)),
    [models],
  );
  const [prompt, setPrompt] = useState("");
  const [negativePrompt, setNegativePrompt] = useState("");
  const [picked, setPicked] = useState<string | null>(null);
  const [aspectRatio, setAspectRatio] = useState<AspectRatio>("1:1");
  /** "" leaves the size to the model. */
  const [imageSize, setImageSize] = useState<ImageSize | "">("");
  const [advancedOpen, setAdvancedOpen] = useState(false);

  const modelId = useMemo(() => {
    const listed = (id: string | null) => imageModels.some((model) => model.id === id);
    if (listed(picked)) return picked;
    const last = readLastModel();
    if (listed(last)) return last;
    return imageModels[0]?.id ?? null;
  }, [imageModels, picked]);
  const model = imageModels.find((candidate) => candidate.id === modelId);
  const sizeApplies = modelId !== null && supportsImageSize(modelId);

  const chooseModel = useCallback((id: string) => {
    setPicked(id);
    rememberModel(id);
  }, []);

  /** Fills the form from an earlier image, so it can be made again or varied. */
  const reuse = useCallback((image: ImageDto) => {
    setPrompt(image.prompt);
    setNegativePrompt(image.negativePrompt);
    setPicked(image.modelId);
    setAspectRatio(isAspectRatio(image.settings.aspectRatio) ? image.settings.aspectRatio : "1:1");
    setImageSize(isImageSize(image.settings.imageSize) ? image.settings.imageSize : "");
    if (image.negativePrompt) setAdvancedOpen(true);
  }, []);

  /** The request for these values, or null while something required is missing. */
  const request = (references: ReferenceInput[]): GenerateRequest | null => {
    if (!prompt.trim() || !modelId) return null;
    return {
      prompt: prompt.trim(),
      negativePrompt: negativePrompt.trim(),
      modelId,
      aspectRatio,
      ...(sizeApplies && imageSize ? { imageSize } : {}),
      references,
    };
  };

  return {
    imageModels,
    model,
    modelId,
    chooseModel,
    prompt,
    setPrompt,
    negativePrompt,
    setNegativePrompt,
    aspectRatio,
    setAspectRatio,
    imageSize,
    setImageSize,
    sizeApplies,
    advancedOpen,
    setAdvancedOpen,
    reuse,
    request,
  };
}

export type ImageForm = ReturnType<typeof useImageForm>;
