"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useState } from "react";
import { FormDialog } from "@/components/common/form-dialog";
import { ActionError, errorMessage } from "@/components/common/server-action";
import { Alert } from "@/components/ui/alert";
import { Field, fieldMessage } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { TemplateDto } from "@/lib/templates/dto";
import { MAX_VALUE_LENGTH } from "@/lib/templates/limits";
import { variableLabel } from "@/lib/templates/variable-label";
import { useFillTemplate } from "./data";
import { TemplatePreview } from "./template-preview";

interface TemplateFillDialogProps {
  /** Render it with `key={template.id}`: each template starts with empty fields. */
  template: TemplateDto;
  onClose: () => void;
  /** Receives the filled text once the server has counted the use. */
  onInserted: (text: string) => void;
  /** Where the focus goes when the dialog closes; by default, back where it was. */
  onCloseAutoFocus?: (event: Event) => void;
}

function emptyValues(template: TemplateDto): Record<string, string> {
  return Object.fromEntries(template.variables.map((name) => [name, ""]));
}

/** One field per variable, the filled text as it will read, and "Insert into message". */
export function TemplateFillDialog({
  template,
  onClose,
  onInserted,
  onCloseAutoFocus,
}: TemplateFillDialogProps) {
  const t = useTranslations("templates.fill");
  const fill = useFillTemplate();
  const previewId = useId();
  const [values, setValues] = useState<Record<string, string>>(() => emptyValues(template));
  const [errors, setErrors] = useState<Record<string, string | undefined>>({});
  const [failure, setFailure] = useState<string | null>(null);

  function submit() {
    setFailure(null);
    fill.mutate(
      { id: template.id, values },
      {
        onSuccess: ({ text }) => onInserted(text),
        onError: (error) => {
          const fields = error instanceof ActionError ? error.fields : undefined;
          const found = Object.fromEntries(
            template.variables.map((name) => [
              name,
              fieldMessage(variableLabel(name), fields?.[`values.${name}`]),
            ]),
          );
          setErrors(found);
          setFailure(Object.values(found).some(Boolean) ? t("invalid") : errorMessage(error));
        },
      },
    );
  }

  // Enter makes a new line in a value; Ctrl+Enter (⌘+Enter) inserts.
  function onKeyDown(event: KeyboardEvent<HTMLFormElement>) {
    if (event.key !== "Enter" || !(event.ctrlKey || event.metaKey)) return;
    event.preventDefault();
    if (!fill.isPending) submit();
  }

  return (
    <FormDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      className="max-h-[calc(100dvh-2rem)] overflow-y-auto sm:max-w-xl"
      onCloseAutoFocus={onCloseAutoFocus}
      title={template.name}
      titleClassName="pr-6"
      description={template.description || t("description")}
      onSubmit={submit}
      onKeyDown={onKeyDown}
      pending={fill.isPending}
      submitLabel={t("insert")}
      pendingLabel={t("inserting")}
      footnote={t("shortcut")}
    >
      {failure ? <Alert variant="destructive">{failure}</Alert> : null}
      {template.variables.map((name, index) => (
        <Field key={name} label={variableLabel(name)} error={errors[name]}>
          <Textarea
            rows={1}
            value={values[name] ?? ""}
            maxLength={MAX_VALUE_LENGTH}
            autoFocus={index === 0}
            // One line to start, growing with what is typed (a pasted article, say).
            className="max-h-48 min-h-10 resize-y [field-sizing:content]"
            onChange={(event) => {
              const value = event.target.value;
              setValues((current) => ({ ...current, [name]: value }));
              if (errors[name]) setErrors((current) => ({ ...current, [name]: undefined }));
            }}
          />
        </Field>
      ))}
      <section aria-labelledby={previewId} className="space-y-2">
        <h3 id={previewId} className="text-sm font-medium">
          {t("preview")}
        </h3>
        <TemplatePreview text={template.templateText} values={values} />
      </section>
    </FormDialog>
  );
}
