import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { ModelInfo } from "@/lib/llm/model-info";

/** What the chosen model can take and write, and what it costs, under the model field. */
export function ModelFacts({ model }: { model: ModelInfo }) {
  const t = useTranslations("configs.model");
  const words = useTranslations("common");
  const f = useFormat();
  const { promptUsdPerToken, completionUsdPerToken } = model.pricing;
  const free = promptUsdPerToken <= 0 && completionUsdPerToken <= 0;
  const facts = [
    model.contextLength ? t("context", { tokens: f.tokens(model.contextLength) }) : null,
    model.maxOutputTokens ? t("output", { tokens: f.tokens(model.maxOutputTokens) }) : null,
    free
      ? words("free")
      : t("price", {
          input: f.perMillion(promptUsdPerToken),
          output: f.perMillion(completionUsdPerToken),
        }),
  ].filter(Boolean);
  return <span>{facts.join(" · ")}</span>;
}
