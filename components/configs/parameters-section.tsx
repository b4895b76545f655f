"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MAX_TOKENS_FALLBACK } from "@/lib/configs/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";
import { ParameterSlider } from "./parameter-slider";
import { type ConfigBinding, LABELS } from "./use-config-form";

const SLIDERS = [
  { name: "temperature", min: 0, max: 2, step: 0.05 },
  { name: "topP", min: 0, max: 1, step: 0.01 },
  { name: "frequencyPenalty", min: -2, max: 2, step: 0.05 },
  { name: "presencePenalty", min: -2, max: 2, step: 0.05 },
] as const;

/** What moving each slider does. */
const HINTS: Record<(typeof SLIDERS)[number]["name"], string> = {
  temperature: "Higher gives more varied answers, lower more focused ones. 0 to 2.",
  topP: "Samples only from the most likely words that add up to this share. 0 to 1.",
  frequencyPenalty: "Above 0 the model repeats words less often. −2 to 2.",
  presencePenalty: "Above 0 the model moves on to new topics more readily. −2 to 2.",
};

/** Sampling settings; the defaults suit most uses, so each says what moving it does. */
export function ParametersSection({
  values,
  errors,
  set,
  model,
}: ConfigBinding & { model: ModelInfo | undefined }) {
  const ceiling = model?.maxOutputTokens ?? MAX_TOKENS_FALLBACK;
  return (
    <div className="grid gap-x-8 gap-y-6 sm:grid-cols-2">
      {SLIDERS.map(({ name, ...slider }) => (
        <ParameterSlider
          key={name}
          {...slider}
          hint={HINTS[name]}
          label={LABELS[`parameters.${name}`]}
          value={values[name]}
          onChange={(value) => set(name, value)}
          error={errors[`parameters.${name}`]}
        />
      ))}
      <Field
        label={LABELS["parameters.maxTokens"]}
        error={errors["parameters.maxTokens"]}
        hint={`The longest answer, in tokens. Leave empty to let the model decide; at most ${ceiling.toLocaleString("en")}${model?.maxOutputTokens ? " for this model" : ""}.`}
      >
        <Input
          name="maxTokens"
          type="number"
          inputMode="numeric"
          min={1}
          max={ceiling}
          step={1}
          placeholder="Model's own limit"
          value={values.maxTokens}
          onChange={(event) => set("maxTokens", event.target.value)}
          className="sm:w-48"
        />
      </Field>
    </div>
  );
}
