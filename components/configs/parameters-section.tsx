"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MAX_TOKENS_FALLBACK } from "@/lib/configs/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";
import { ParameterSlider } from "./parameter-slider";
import { LABELS, type useConfigForm } from "./use-config-form";

type Binding = Pick<ReturnType<typeof useConfigForm>, "values" | "errors" | "set">;

/** Sampling settings; the defaults suit most uses, so each says what moving it does. */
export function ParametersSection({
  values,
  errors,
  set,
  model,
}: Binding & { model: ModelInfo | undefined }) {
  const ceiling = model?.maxOutputTokens ?? MAX_TOKENS_FALLBACK;
  return (
    <div className="grid gap-x-8 gap-y-6 sm:grid-cols-2">
      <ParameterSlider
        label={LABELS["parameters.temperature"]}
        hint="Higher gives more varied answers, lower more focused ones. 0 to 2."
        min={0}
        max={2}
        step={0.05}
        value={values.temperature}
        onChange={(value) => set("temperature", value)}
        error={errors["parameters.temperature"]}
      />
      <ParameterSlider
        label={LABELS["parameters.topP"]}
        hint="Samples only from the most likely words that add up to this share. 0 to 1."
        min={0}
        max={1}
        step={0.01}
        value={values.topP}
        onChange={(value) => set("topP", value)}
        error={errors["parameters.topP"]}
      />
      <ParameterSlider
        label={LABELS["parameters.frequencyPenalty"]}
        hint="Above 0 the model repeats words less often. −2 to 2."
        min={-2}
        max={2}
        step={0.05}
        value={values.frequencyPenalty}
        onChange={(value) => set("frequencyPenalty", value)}
        error={errors["parameters.frequencyPenalty"]}
      />
      <ParameterSlider
        label={LABELS["parameters.presencePenalty"]}
        hint="Above 0 the model moves on to new topics more readily. −2 to 2."
        min={-2}
        max={2}
        step={0.05}
        value={values.presencePenalty}
        onChange={(value) => set("presencePenalty", value)}
        error={errors["parameters.presencePenalty"]}
      />
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
