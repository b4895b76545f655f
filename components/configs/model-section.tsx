"use client";

import { ModelSelect } from "@/components/chat/model-picker";
import { CharacterCount } from "@/components/common/character-count";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ModelInfo } from "@/lib/llm/model-info";
import { ModelFacts } from "./model-facts";
import { type ConfigBinding, LABELS } from "./use-config-form";

interface ModelSectionProps extends ConfigBinding {
  models: ModelInfo[] | undefined;
  modelsLoading: boolean;
  modelsError: string | null;
}

const PROMPT_MAX = 20_000;

/** Which model answers, and the instructions it gets before every chat. */
export function ModelSection({
  values,
  errors,
  set,
  text,
  models,
  modelsLoading,
  modelsError,
}: ModelSectionProps) {
  const model = models?.find((candidate) => candidate.id === values.modelId);
  const gone = models !== undefined && values.modelId !== "" && !model;
  const hint = modelsError ? (
    <span className="text-destructive">The model list could not be loaded. {modelsError}</span>
  ) : gone ? (
    "This model is no longer offered. Choose another one."
  ) : model ? (
    <ModelFacts model={model} />
  ) : null;

  return (
    <div className="space-y-5">
      <Field label={LABELS.modelId} error={errors.modelId} hint={hint}>
        <ModelSelect
          value={values.modelId}
          models={models}
          loading={modelsLoading}
          error={modelsError}
          onChange={(modelId) => set("modelId", modelId)}
        />
      </Field>
      <Field
        label={LABELS.systemPrompt}
        error={errors.systemPrompt}
        aside={<CharacterCount length={values.systemPrompt.length} max={PROMPT_MAX} />}
        hint="Sent before every conversation. Say who the assistant is, how it should answer, and what to avoid."
      >
        <Textarea
          {...text("systemPrompt")}
          rows={8}
          maxLength={PROMPT_MAX}
          placeholder="You are a patient editor. Suggest clearer wording and explain each change briefly."
          className="min-h-[10rem] font-mono text-sm md:text-[13px]"
        />
      </Field>
    </div>
  );
}
