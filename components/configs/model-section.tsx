"use client";

import { useTranslations } from "next-intl";
import { ModelSelect } from "@/components/chat/model-picker";
import { CharacterCount } from "@/components/common/character-count";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { ModelInfo } from "@/lib/llm/model-info";
import { ModelFacts } from "./model-facts";
import type { ConfigBinding } from "./use-config-form";

interface ModelSectionProps extends ConfigBinding {
  models: ModelInfo[] | undefined;
  modelsLoading: boolean;
  modelsError: string | null;
}

const PROMPT_MAX = 20_000;

/** Which model answers, and the instructions it gets before every chat. */
export function ModelSection({
  labels,
  values,
  errors,
  set,
  text,
  models,
  modelsLoading,
  modelsError,
}: ModelSectionProps) {
  const t = useTranslations("configs.model");
  const model = models?.find((candidate) => candidate.id === values.modelId);
  const gone = models !== undefined && values.modelId !== "" && !model;
  const hint = modelsError ? (
    <span className="text-destructive">{t("listError", { message: modelsError })}</span>
  ) : gone ? (
    t("gone")
  ) : model ? (
    <ModelFacts model={model} />
  ) : null;

  return (
    <div className="space-y-5">
      <Field label={labels.modelId} error={errors.modelId} hint={hint}>
        <ModelSelect
          value={values.modelId}
          models={models}
          loading={modelsLoading}
          error={modelsError}
          onChange={(modelId) => set("modelId", modelId)}
        />
      </Field>
      <Field
        label={labels.systemPrompt}
        error={errors.systemPrompt}
        aside={<CharacterCount length={values.systemPrompt.length} max={PROMPT_MAX} />}
        hint={t("promptHint")}
      >
        <Textarea
          {...text("systemPrompt")}
          rows={8}
          maxLength={PROMPT_MAX}
          placeholder={t("promptPlaceholder")}
          className="min-h-[10rem] font-mono text-sm md:text-[13px]"
        />
      </Field>
    </div>
  );
}
