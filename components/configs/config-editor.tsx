"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { useCallback, useEffect } from "react";
import { SubmitButton } from "@/components/common/submit-button";
import { Button } from "@/components/ui/button";
import { readLastModel } from "@/lib/chat/client/last-model";
import { pickInitialModel } from "@/lib/chat/shared/models";
import { AboutSection } from "./about-section";
import { ConfigPreview } from "./config-preview";
import { useModelList } from "./data";
import { EditorCard } from "./editor-card";
import { type ConfigFormValues, toParameters } from "./form-values";
import { ModelSection } from "./model-section";
import { ParametersSection } from "./parameters-section";
import { useConfigForm } from "./use-config-form";
import { VisibilityField } from "./visibility-field";

interface ConfigEditorProps {
  initial: ConfigFormValues;
  /** null creates a new config. */
  configId: string | null;
  isAdmin: boolean;
}

/** The config form with a live preview beside it (below it on a phone). */
export function ConfigEditor({ initial, configId, isAdmin }: ConfigEditorProps) {
  const t = useTranslations("configs.editor");
  const common = useTranslations("common");
  const form = useConfigForm(initial, configId);
  const models = useModelList();
  const { labels, values, errors, set, text, adoptModel } = form;
  const model = models.data?.find((candidate) => candidate.id === values.modelId);

  useEffect(() => {
    if (!models.data || values.modelId) return;
    const suggested = pickInitialModel(models.data, [readLastModel()]);
    if (suggested) adoptModel(suggested);
  }, [models.data, values.modelId, adoptModel]);

  const getSettings = useCallback(
    () => ({
      modelId: values.modelId,
      systemPrompt: values.systemPrompt,
      parameters: toParameters(values),
    }),
    [values],
  );
  const binding = { labels, values, errors, set, text };

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)] lg:items-start">
      <form ref={form.formRef} onSubmit={form.submit} noValidate className="min-w-0 space-y-6">
        <EditorCard title={t("about")} description={t("aboutDescription")}>
          <AboutSection {...binding} />
        </EditorCard>
        <EditorCard title={t("model")}>
          <ModelSection
            {...binding}
            models={models.data}
            modelsLoading={models.isPending}
            modelsError={models.isError ? models.error.message : null}
          />
        </EditorCard>
        <EditorCard title={t("parameters")} description={t("parametersDescription")}>
          <ParametersSection {...binding} model={model} />
        </EditorCard>
        <EditorCard title={t("visibility")}>
          <VisibilityField
            value={values.visibility}
            onChange={(visibility) => set("visibility", visibility)}
            allowTemplate={isAdmin}
            error={errors.visibility}
          />
        </EditorCard>
        <div className="flex flex-wrap items-center justify-end gap-2">
          {form.dirty ? (
            <p className="mr-auto text-xs text-muted-foreground" role="status">
              {t("unsaved")}
            </p>
          ) : null}
          <Button asChild variant="outline">
            <Link href="/configs">{common("cancel")}</Link>
          </Button>
          <SubmitButton pending={form.pending} pendingLabel={common("saving")}>
            {configId ? t("saveChanges") : t("create")}
          </SubmitButton>
        </div>
      </form>
      <div className="lg:sticky lg:top-[4.5rem]">
        <ConfigPreview
          name={values.name}
          avatar={values.avatar}
          getSettings={getSettings}
          blocked={values.modelId ? null : t("noModel")}
        />
      </div>
    </div>
  );
}
