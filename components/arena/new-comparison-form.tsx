"use client";

import { useQueryClient } from "@tanstack/react-query";
import { Plus, RotateCw, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { createArenaSessionAction } from "@/app/(app)/arena/actions";
import { useModelChoice } from "@/components/chat/use-models";
import { FormCard } from "@/components/common/form-card";
import { useActionForm } from "@/components/common/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import {
  defaultChoices,
  MAX_PANELS,
  MIN_PANELS,
  nextChoice,
  type PanelChoice,
  type PanelInput,
  textModels,
  toPanelInput,
} from "@/lib/arena/client/panel-choice";
import { queryKeys } from "@/lib/query-keys";
import { PanelChoiceSelect } from "./panel-choice-select";

const LETTERS = "ABCD";

type Values = { picked: PanelChoice[] | null; title: string; blind: boolean };

/** Pick 2–4 configs or models, blind or not, and open the new comparison. */
export function NewComparisonForm() {
  const t = useTranslations("arena.newComparison");
  const router = useRouter();
  const qc = useQueryClient();
  const blindId = useId();
  // The chat's model list and configs; its preselected model is the one last used.
  const source = useModelChoice({ modelId: null, config: null });
  const models = textModels(source.models ?? []);
  const configs = source.configs.data ?? [];
  const { values, set, errors, submit, pending } = useActionForm({
    initial: { picked: null, title: "", blind: true } as Values,
    labels: { title: t("titleField"), panels: t("panels"), blind: t("blindMode") },
    fieldOf: (key) => (key === "picked" ? "panels" : key),
    check: ({ title, blind }: Values) => {
      const panels = choices.map(toPanelInput);
      if (panels.some((panel) => panel === null)) {
        return { ok: false, fields: { panels: [t("choosePanels")] } };
      }
      return {
        ok: true,
        input: {
          panels: panels as PanelInput[],
          blind,
          ...(title.trim() ? { title: title.trim() } : {}),
        },
      };
    },
    action: createArenaSessionAction,
    onSuccess: (session) => {
      qc.setQueryData(queryKeys.arena.session(session.id), session);
      void qc.invalidateQueries({ queryKey: queryKeys.arena.sessions() });
      router.push(`/arena/${session.id}`);
    },
  });
  const { title, blind } = values;

  // Until the person picks, the panels follow the model list as it loads.
  const choices: PanelChoice[] = values.picked ?? defaultChoices(models, source.modelId);
  const setChoices = (change: (current: PanelChoice[]) => PanelChoice[]) =>
    set("picked", change(choices));

  const loadError = source.query.isError ? source.query.error.message : null;
  const loading = source.query.isPending;

  return (
    <FormCard
      title={t("title")}
      description={t("description", { min: MIN_PANELS, max: MAX_PANELS })}
      onSubmit={submit}
      pending={pending}
      submitLabel={t("submit")}
      pendingLabel={t("pending")}
      submitDisabled={loading}
    >
      <fieldset className="space-y-3" aria-describedby={errors.panels ? "panels-error" : undefined}>
        <legend className="mb-2 text-sm font-medium">{t("panels")}</legend>
        {loadError ? (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-3 rounded-lg border border-dashed p-3 text-sm"
          >
            <p className="min-w-0 flex-1 text-muted-foreground">
              {t("modelsFailed", { error: loadError })}
            </p>
            <Button
              type="button"
              variant="outline"
              size="sm"
              onClick={() => void source.query.refetch()}
            >
              <RotateCw aria-hidden="true" />
              {t("retry")}
            </Button>
          </div>
        ) : null}
        {choices.map((choice, index) => {
          const letter = LETTERS[index] ?? String(index + 1);
          return (
            // Panels are only added or removed at the end, so the position is the identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div key={index} className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-muted text-sm font-semibold"
              >
                {letter}
              </span>
              <div className="min-w-0 flex-1">
                <PanelChoiceSelect
                  aria-label={t("panel", { letter })}
                  aria-invalid={errors.panels && choice === "" ? true : undefined}
                  value={choice}
                  disabled={loading || pending}
                  configs={configs}
                  models={models}
                  onChange={(value) => {
                    setChoices((current) => current.map((c, i) => (i === index ? value : c)));
                  }}
                />
              </div>
              {choices.length > MIN_PANELS ? (
                <Button
                  type="button"
                  variant="ghost"
                  size="icon"
                  aria-label={t("removePanel", { letter })}
                  onClick={() => setChoices((current) => current.filter((_, i) => i !== index))}
                >
                  <X aria-hidden="true" />
                </Button>
              ) : null}
            </div>
          );
        })}
        {errors.panels ? (
          <p id="panels-error" className="text-sm text-destructive">
            {errors.panels}
          </p>
        ) : null}
        {choices.length < MAX_PANELS ? (
          <Button
            type="button"
            variant="outline"
            size="sm"
            disabled={loading || pending}
            onClick={() =>
              setChoices((current) => [...current, nextChoice(models, source.modelId, current)])
            }
          >
            <Plus aria-hidden="true" />
            {t("addPanel", { letter: LETTERS[choices.length] ?? String(choices.length + 1) })}
          </Button>
        ) : null}
      </fieldset>
      <div className="flex items-center justify-between gap-4 rounded-lg border p-4">
        <div className="space-y-1">
          <Label htmlFor={blindId}>{t("blind")}</Label>
          <p className="text-xs text-muted-foreground">{t("blindHint")}</p>
          {errors.blind ? <p className="text-sm text-destructive">{errors.blind}</p> : null}
        </div>
        <Switch
          id={blindId}
          checked={blind}
          onCheckedChange={(checked) => set("blind", checked)}
          disabled={pending}
        />
      </div>
      <Field label={t("titleOptional")} error={errors.title}>
        <Input
          value={title}
          maxLength={200}
          placeholder={t("titlePlaceholder")}
          onChange={(e) => set("title", e.target.value)}
          disabled={pending}
        />
      </Field>
    </FormCard>
  );
}
