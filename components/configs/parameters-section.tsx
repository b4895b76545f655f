"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MAX_TOKENS_FALLBACK } from "@/lib/configs/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";
import { ParameterSlider } from "./parameter-slider";
import type { ConfigBinding } from "./use-config-form";

const SLIDERS = [
  { name: "temperature", min: 0, max: 2, step: 0.05 },
  { name: "topP", min: 0, max: 1, step: 0.01 },
  { name: "frequencyPenalty", min: -2, max: 2, step: 0.05 },
  { name: "presencePenalty", min: -2, max: 2, step: 0.05 },
] as const;

/** Sampling settings; the defaults suit most uses, so each says what moving it does. */
export function ParametersSection({
  labels,
  values,
  errors,
  set,
  model,
}: ConfigBinding & { model: ModelInfo | undefined }) {
  const t = useTranslations("configs.parameters");
  const f = useFormat();
  const ceiling = model?.maxOutputTokens ?? MAX_TOKENS_FALLBACK;
  return (
    <div className="grid gap-x-8 gap-y-6 sm:grid-cols-2">
      {SLIDERS.map(({ name, ...slider }) => (
        <ParameterSlider
          key={name}
          {...slider}
          hint={t(`${name}Hint`)}
          label={labels[`parameters.${name}`]}
          value={values[name]}
          onChange={(value) => set(name, value)}
          error={errors[`parameters.${name}`]}
        />
      ))}
      <Field
        label={labels["parameters.maxTokens"]}
        error={errors["parameters.maxTokens"]}
        hint={t(model?.maxOutputTokens ? "maxTokensHintModel" : "maxTokensHint", {
          max: f.count(ceiling),
        })}
      >
        <Input
          name="maxTokens"
          type="number"
          inputMode="numeric"
          min={1}
          max={ceiling}
          step={1}
          placeholder={t("maxTokensPlaceholder")}
          value={values.maxTokens}
          onChange={(event) => set("maxTokens", event.target.value)}
          className="sm:w-48"
        />
      </Field>
    </div>
  );
}
