"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { ModelInfo } from "@/lib/llm/model-info";

/** How the model picker words an image model's price, in the reader's language. */
export function useModelPrice() {
  const t = useTranslations("images.model");
  const f = useFormat();
  return {
    /** A short price for the picker: per image where the list says, else per output token. */
    summary(model: ModelInfo): string {
      const { imageUsdPerImage, promptUsdPerToken, completionUsdPerToken } = model.pricing;
      if (imageUsdPerImage) return t("perImage", { price: f.usd(imageUsdPerImage) });
      if (promptUsdPerToken <= 0 && completionUsdPerToken <= 0) return f.perMillion(0);
      return t("perMillionOutput", { price: f.perMillion(completionUsdPerToken) });
    },
    /** Every price the model list gives, under the picker. */
    detail(model: ModelInfo): string {
      const { imageUsdPerImage, promptUsdPerToken, completionUsdPerToken } = model.pricing;
      if (!imageUsdPerImage && promptUsdPerToken <= 0 && completionUsdPerToken <= 0) {
        return t("free");
      }
      const tokens = t("perMillionTokens", {
        input: f.perMillion(promptUsdPerToken),
        output: f.perMillion(completionUsdPerToken),
      });
      return imageUsdPerImage
        ? t("perImagePlus", { price: f.usd(imageUsdPerImage), tokens })
        : tokens;
    },
  };
}
