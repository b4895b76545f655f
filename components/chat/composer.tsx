"use client";

import { ArrowUp, LoaderCircle, Paperclip, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { type FormEvent, type KeyboardEvent, type RefObject, useRef, useState } from "react";
import { type Failure, FailureNotice } from "@/components/common/failure-notice";
import { FilePickerInput } from "@/components/common/file-picker-input";
import { pasteFiles } from "@/components/common/paste-files";
import { sendOnEnter } from "@/components/common/send-on-enter";
import { errorMessage } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { useAutoResize } from "@/components/common/use-auto-resize";
import { useFillTemplate } from "@/components/templates/data";
import { SlashTemplateMenu } from "@/components/templates/slash-template-menu";
import { TemplateFillDialog } from "@/components/templates/template-fill-dialog";
import { useSlashTemplates } from "@/components/templates/use-slash-templates";
import { ACCEPT_ATTRIBUTE } from "@/lib/chat/client/files";
import type { ModelInfo } from "@/lib/llm/model-info";
import type { TemplateDto } from "@/lib/templates/dto";
import { cn } from "@/lib/utils";
import { AttachmentChips } from "./attachment-chips";
import { ComposerFooter } from "./composer-footer";
import type { useAttachments } from "./use-attachments";
import { useDraftHandoff } from "./use-draft-handoff";

interface ComposerProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onStop: () => void;
  attachments: ReturnType<typeof useAttachments>;
  /** A reply is streaming: the button stops it. */
  streaming: boolean;
  stopping?: boolean;
  /** Sending is not possible right now (creating, waiting for the server). */
  blocked: boolean;
  /** The message is on its way: the send button spins. */
  pending?: boolean;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
  placeholder?: string;
  /** The model the message goes to and the conversation so far: under the box, what sending costs. */
  model: ModelInfo | undefined;
  history: readonly string[];
  /** Above the box: an error to act on. */
  failure: Failure | null;
  onDismissFailure: () => void;
}

const MAX_HEIGHT_PX = 240;

export function Composer({
  value,
  onChange,
  onSubmit,
  onStop,
  attachments,
  streaming,
  stopping,
  blocked,
  pending,
  textareaRef,
  placeholder,
  model,
  history,
  failure,
  onDismissFailure,
}: ComposerProps) {
  const t = useTranslations("chat.composer");
  const fileInput = useRef<HTMLInputElement>(null);
  const [filling, setFilling] = useState<TemplateDto | null>(null);
  const fill = useFillTemplate();
  // Text handed over by another page (a template filled on /templates) lands here.
  useDraftHandoff(onChange);

  // A filled template replaces the "/words" that found it.
  const placeText = (text: string) => {
    onChange(text);
    textareaRef.current?.focus();
  };
  const slash = useSlashTemplates(value, (template) => {
    if (template.variables.length > 0) {
      setFilling(template);
      return;
    }
    fill.mutate(
      { id: template.id, values: {} },
      {
        onSuccess: ({ text }) => placeText(text),
        onError: (error) =>
          toast.error(t("insertFailed", { name: template.name }), {
            description: errorMessage(error),
          }),
      },
    );
  });

  const hasContent = value.trim() !== "" || attachments.ready.length > 0;
  const canSend = hasContent && !blocked && !streaming && !attachments.uploading;

  useAutoResize(textareaRef, value, MAX_HEIGHT_PX);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (canSend) onSubmit();
  };

  const sendKeys = sendOnEnter({ onSend: submit, onEscape: streaming ? onStop : undefined });
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // An open template list takes Up, Down, Enter and Escape (Escape then stops nothing).
    if (!slash.onKeyDown(event)) sendKeys(event);
  };

  let sendLabel = t("send");
  if (pending) sendLabel = t("sending");
  else if (attachments.uploading) sendLabel = t("waitForUploads");
  else if (!hasContent) sendLabel = t("typeToSend");

  return (
    <div className="w-full">
      {failure ? <FailureNotice failure={failure} onDismiss={onDismissFailure} /> : null}
      <form
        onSubmit={submit}
        className="relative rounded-3xl border bg-background shadow-sm transition-colors focus-within:border-ring/60 dark:bg-muted/30"
      >
        {slash.open ? <SlashTemplateMenu slash={slash} /> : null}
        <AttachmentChips items={attachments.items} onRemove={attachments.remove} />
        <label htmlFor="chat-composer" className="sr-only">
          {t("label")}
        </label>
        <textarea
          id="chat-composer"
          ref={textareaRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          onPaste={pasteFiles(attachments.add)}
          {...slash.focusHandlers}
          {...slash.ariaProps}
          rows={1}
          placeholder={placeholder ?? t("placeholder")}
          aria-describedby="chat-composer-hint"
          className="block max-h-60 w-full resize-none bg-transparent px-4 pb-1 pt-3.5 text-base leading-6 placeholder:text-muted-foreground focus:outline-none md:text-[15px]"
        />
        <div className="flex items-center gap-2 px-2 pb-2">
          <FilePickerInput ref={fileInput} accept={ACCEPT_ATTRIBUTE} onFiles={attachments.add} />
          <button
            type="button"
            onClick={() => fileInput.current?.click()}
            className="inline-flex h-9 w-9 items-center justify-center rounded-full text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            aria-label={t("attach")}
            title={t("attachHint")}
          >
            <Paperclip className="h-[18px] w-[18px]" aria-hidden="true" />
          </button>
          <div className="min-w-0 flex-1 truncate text-xs text-muted-foreground">
            <ComposerFooter
              history={history}
              draft={value}
              model={model}
              attachments={attachments.items}
            />
          </div>
          {streaming ? (
            <button
              type="button"
              onClick={onStop}
              disabled={stopping}
              className="inline-flex h-9 w-9 items-center justify-center rounded-full bg-primary text-primary-foreground transition-opacity hover:opacity-90 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 disabled:opacity-50"
              aria-label={stopping ? t("stopping") : t("stop")}
              title={t("stopHint")}
            >
              <Square className="h-3.5 w-3.5 fill-current" aria-hidden="true" />
            </button>
          ) : (
            <button
              type="submit"
              disabled={!canSend}
              className={cn(
                "inline-flex h-9 w-9 items-center justify-center rounded-full bg-primary text-primary-foreground transition-opacity hover:opacity-90 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2",
                "disabled:cursor-not-allowed disabled:bg-muted-foreground/30 disabled:text-background",
              )}
              aria-label={sendLabel}
              title={canSend ? t("sendHint") : sendLabel}
            >
              {pending ? (
                <LoaderCircle className="h-[18px] w-[18px] animate-spin" aria-hidden="true" />
              ) : (
                <ArrowUp className="h-[18px] w-[18px]" aria-hidden="true" />
              )}
            </button>
          )}
        </div>
      </form>
      <p
        id="chat-composer-hint"
        className="mt-1.5 hidden text-center text-xs text-muted-foreground sm:block"
      >
        {slash.open ? t("keysInTemplates") : streaming ? t("keysWhileReplying") : t("keys")}
      </p>
      {filling ? (
        <TemplateFillDialog
          key={filling.id}
          template={filling}
          onClose={() => setFilling(null)}
          onInserted={(text) => {
            setFilling(null);
            onChange(text);
          }}
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            textareaRef.current?.focus();
          }}
        />
      ) : null}
    </div>
  );
}
