"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { z } from "zod";
import { failureMessage, fieldErrorsFor } from "@/components/common/field-errors";
import { FormDialog } from "@/components/common/form-dialog";
import { ActionError, errorMessage } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { Alert } from "@/components/ui/alert";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Switch } from "@/components/ui/switch";
import { Textarea } from "@/components/ui/textarea";
import type { TemplateDto } from "@/lib/templates/dto";
import { createTemplateSchema } from "@/lib/templates/schemas";
import { type TemplateInput, useSaveTemplate } from "../data";
import { DetectedVariables } from "./detected-variables";

type Errors = Partial<Record<keyof TemplateInput, string>>;

function initialValues(template: TemplateDto | undefined): TemplateInput {
  return {
    name: template?.name ?? "",
    category: template?.category ?? "",
    description: template?.description ?? "",
    templateText: template?.templateText ?? "",
    isActive: template?.isActive ?? true,
  };
}

interface TemplateEditorDialogProps {
  /** The template to edit; without it the dialog creates one. Render it with a `key`. */
  template?: TemplateDto;
  /** Existing categories, offered as suggestions so the same one is not spelt two ways. */
  categories: readonly string[];
  onClose: () => void;
}

export function TemplateEditorDialog({ template, categories, onClose }: TemplateEditorDialogProps) {
  const t = useTranslations("admin.templates.editor");
  const common = useTranslations("common");
  const labels = {
    name: t("labels.name"),
    category: t("labels.category"),
    description: t("labels.description"),
    templateText: t("labels.templateText"),
    isActive: t("labels.isActive"),
  };
  const save = useSaveTemplate();
  const ids = useId();
  const [values, setValues] = useState(() => initialValues(template));
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);

  function update<K extends keyof TemplateInput>(name: K, value: TemplateInput[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }));
  }

  function submit() {
    // The same schema as the server's, for instant messages; the server checks again.
    const parsed = createTemplateSchema.safeParse(values);
    if (!parsed.success) {
      setErrors(fieldErrorsFor(z.flattenError(parsed.error).fieldErrors, labels));
      return;
    }
    setFailure(null);
    save.mutate(
      { id: template?.id, input: values },
      {
        onSuccess: (saved) => {
          toast.success(t(template ? "saved" : "created", { name: saved.name }));
          onClose();
        },
        onError: (error) => {
          const fields = fieldErrorsFor(
            error instanceof ActionError ? error.fields : undefined,
            labels,
          );
          setErrors(fields);
          setFailure(failureMessage(errorMessage(error), fields));
        },
      },
    );
  }

  return (
    <FormDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-2xl"
      title={template ? t("editTitle") : t("newTitle")}
      description={t("description", { variable: "{{variable}}" })}
      onSubmit={submit}
      pending={save.isPending}
      submitLabel={template ? t("save") : t("create")}
      pendingLabel={common("saving")}
    >
      {failure ? <Alert variant="destructive">{failure}</Alert> : null}
      <div className="grid gap-5 sm:grid-cols-2">
        <Field label={labels.name} error={errors.name}>
          <Input
            value={values.name}
            required
            maxLength={80}
            autoFocus
            placeholder={t("placeholders.name")}
            onChange={(event) => update("name", event.target.value)}
          />
        </Field>
        <Field label={labels.category} error={errors.category}>
          <Input
            value={values.category}
            required
            maxLength={40}
            list={`${ids}-categories`}
            placeholder={t("placeholders.category")}
            onChange={(event) => update("category", event.target.value)}
          />
        </Field>
        <datalist id={`${ids}-categories`}>
          {categories.map((category) => (
            <option key={category} value={category} />
          ))}
        </datalist>
      </div>
      <Field label={labels.description} error={errors.description} optional>
        <Textarea
          value={values.description}
          rows={2}
          maxLength={500}
          className="min-h-0"
          placeholder={t("placeholders.description")}
          onChange={(event) => update("description", event.target.value)}
        />
      </Field>
      <Field
        label={labels.templateText}
        error={errors.templateText}
        hint={<DetectedVariables text={values.templateText} />}
      >
        <Textarea
          value={values.templateText}
          required
          rows={8}
          maxLength={20_000}
          spellCheck={false}
          placeholder={t("placeholders.templateText", {
            length: "{{length}}",
            article: "{{article}}",
          })}
          className="font-mono text-sm md:text-[13px]"
          onChange={(event) => update("templateText", event.target.value)}
        />
      </Field>
      <div className="flex items-center justify-between gap-4 rounded-lg border p-4">
        <div className="space-y-1">
          <Label htmlFor={`${ids}-active`}>{labels.isActive}</Label>
          <p className="text-xs text-muted-foreground">{t("activeHint")}</p>
          {errors.isActive ? <p className="text-sm text-destructive">{errors.isActive}</p> : null}
        </div>
        <Switch
          id={`${ids}-active`}
          checked={values.isActive}
          onCheckedChange={(isActive) => update("isActive", isActive)}
        />
      </div>
    </FormDialog>
  );
}
