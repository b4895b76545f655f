"use client";

import { Upload } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FormEvent, KeyboardEvent, RefObject } from "react";
import { pasteFiles } from "@/components/common/paste-files";
import { toast } from "@/components/common/toast";
import { useFileDrop } from "@/components/common/use-file-drop";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import {
  MAX_NEGATIVE_PROMPT_LENGTH,
  MAX_PROMPT_LENGTH,
  takesReferenceImages,
} from "@/lib/images/options";
import { AspectRatioPicker } from "./aspect-ratio-picker";
import type { GenerateRequest } from "./data";
import { GenerateButton } from "./generate-button";
import { ImageModelField } from "./image-model-field";
import { ImageSizeField } from "./image-size-field";
import { ReferenceField } from "./reference-field";
import type { ImageForm as ImageFormState } from "./use-image-form";
import type { References } from "./use-references";

interface ImageFormProps {
  form: ImageFormState;
  references: References;
  models: { loading: boolean; error: string | null };
  pending: boolean;
  elapsedMs: number;
  onGenerate: (request: GenerateRequest) => void;
  onCancel: () => void;
  promptRef: RefObject<HTMLTextAreaElement | null>;
}

/** What still keeps Generate from being pressed (images.form.blocked); null when nothing does. */
function blockedReason(
  form: ImageFormState,
  references: References,
  request: GenerateRequest | null,
) {
  if (!form.modelId) return "model";
  if (references.uploading) return "uploading";
  if (references.failed) return "failed";
  if (!request) return "prompt";
  return null;
}

/** Prompt, model, shape, size, references and the negative prompt; Ctrl/⌘+Enter generates. */
export function ImageForm({
  form,
  references,
  models,
  pending,
  elapsedMs,
  onGenerate,
  onCancel,
  promptRef,
}: ImageFormProps) {
  const t = useTranslations("images.form");
  const takesImages = form.model ? takesReferenceImages(form.model) : true;
  const addFiles = (files: File[]) => {
    if (takesImages) references.addFiles(files);
    else toast.error(t("noReferences"));
  };
  const { dragging, dropHandlers } = useFileDrop(addFiles);
  const request = form.request(takesImages ? references.ready : []);
  const blocked = blockedReason(form, references, request);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!pending && request && !blocked) onGenerate(request);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      submit();
    }
  };

  return (
    <form
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-label={t("label")}
      className="relative space-y-5 rounded-xl border bg-card p-4 shadow-sm sm:p-5"
      {...dropHandlers}
    >
      {dragging ? (
        <div className="pointer-events-none absolute inset-1.5 z-10 flex flex-col items-center justify-center gap-2 rounded-lg border-2 border-dashed border-brand/60 bg-background/90 text-center">
          <Upload className="h-7 w-7 text-brand" aria-hidden="true" />
          <p className="text-sm font-medium">{t("drop")}</p>
        </div>
      ) : null}
      <Field label={t("prompt")}>
        <Textarea
          ref={promptRef}
          value={form.prompt}
          onChange={(event) => form.setPrompt(event.target.value)}
          onPaste={pasteFiles(addFiles)}
          rows={4}
          maxLength={MAX_PROMPT_LENGTH}
          placeholder={t("promptPlaceholder")}
          className="resize-y"
        />
      </Field>
      <ImageModelField form={form} loading={models.loading} error={models.error} />
      <AspectRatioPicker value={form.aspectRatio} onChange={form.setAspectRatio} />
      {form.sizeApplies ? (
        <ImageSizeField value={form.imageSize} onChange={form.setImageSize} />
      ) : null}
      <ReferenceField references={references} enabled={takesImages} />
      <details
        open={form.advancedOpen}
        onToggle={(event) => form.setAdvancedOpen(event.currentTarget.open)}
        className="group rounded-lg border px-3 py-2 [&[open]]:pb-3"
      >
        <summary className="cursor-pointer select-none rounded text-sm font-medium focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
          {t("advanced")}
        </summary>
        <Field label={t("negativePrompt")} hint={t("negativeHint")} className="pt-3">
          <Textarea
            value={form.negativePrompt}
            onChange={(event) => form.setNegativePrompt(event.target.value)}
            rows={2}
            maxLength={MAX_NEGATIVE_PROMPT_LENGTH}
            placeholder={t("negativePlaceholder")}
          />
        </Field>
      </details>
      <GenerateButton
        pending={pending}
        elapsedMs={elapsedMs}
        blockedReason={pending || !blocked ? null : t(`blocked.${blocked}`)}
        onCancel={onCancel}
      />
    </form>
  );
}
