"use client";

import { ArrowUp, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import type { FormEvent, RefObject } from "react";
import { sendOnEnter } from "@/components/common/send-on-enter";
import { useAutoResize } from "@/components/common/use-auto-resize";
import { cn } from "@/lib/utils";

interface ArenaInputProps {
  value: string;
  onChange: (value: string) => void;
  onSubmit: () => void;
  onStopAll: () => void;
  streaming: boolean;
  /** The last prompt is still being wrapped up: sending waits. */
  blocked: boolean;
  stopping: boolean;
  panelCount: number;
  textareaRef: RefObject<HTMLTextAreaElement | null>;
}

const MAX_HEIGHT_PX = 200;

const roundButton =
  "inline-flex h-9 shrink-0 items-center justify-center gap-1.5 rounded-full bg-primary text-primary-foreground transition-opacity hover:opacity-90 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background";

/** The one box that sends a prompt to every panel: Enter sends, Shift+Enter breaks the line, Esc stops. */
export function ArenaInput({
  value,
  onChange,
  onSubmit,
  onStopAll,
  streaming,
  blocked,
  stopping,
  panelCount,
  textareaRef,
}: ArenaInputProps) {
  const t = useTranslations("arena.input");
  const canSend = value.trim() !== "" && !streaming && !blocked;

  useAutoResize(textareaRef, value, MAX_HEIGHT_PX);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (canSend) onSubmit();
  };

  const onKeyDown = sendOnEnter({ onSend: submit, onEscape: streaming ? onStopAll : undefined });

  return (
    <div className="w-full">
      <form
        onSubmit={submit}
        className="flex items-end gap-2 rounded-3xl border bg-background p-1.5 pl-4 shadow-sm transition-colors focus-within:border-ring/60 dark:bg-muted/30"
      >
        <label htmlFor="arena-prompt" className="sr-only">
          {t("label")}
        </label>
        <textarea
          id="arena-prompt"
          ref={textareaRef}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          onKeyDown={onKeyDown}
          rows={1}
          placeholder={t("placeholder", { count: panelCount })}
          aria-describedby="arena-prompt-hint"
          className="block max-h-52 min-w-0 flex-1 resize-none self-center bg-transparent py-1.5 text-base leading-6 placeholder:text-muted-foreground focus:outline-none md:text-[15px]"
        />
        {streaming ? (
          <button
            type="button"
            onClick={onStopAll}
            disabled={stopping}
            className={cn(roundButton, "px-3.5 text-sm font-medium disabled:opacity-50")}
            title={t("stopAllTitle")}
          >
            <Square className="h-3.5 w-3.5 fill-current" aria-hidden="true" />
            {stopping ? t("stopping") : t("stopAll")}
          </button>
        ) : (
          <button
            type="submit"
            disabled={!canSend}
            className={cn(
              roundButton,
              "w-9 disabled:cursor-not-allowed disabled:bg-muted-foreground/30 disabled:text-background",
            )}
            aria-label={canSend ? t("send") : t("empty")}
            title={canSend ? t("sendTitle") : t("empty")}
          >
            <ArrowUp className="h-[18px] w-[18px]" aria-hidden="true" />
          </button>
        )}
      </form>
      <p
        id="arena-prompt-hint"
        className="mt-1.5 hidden text-center text-xs text-muted-foreground sm:block"
      >
        {streaming ? t("hintStreaming") : t("hint")}
      </p>
    </div>
  );
}
