"use client";

import { RotateCcw, RotateCw, SendHorizontal, Square } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { MAX_PREVIEW_MESSAGE_LENGTH } from "@/lib/configs/schemas";
import { ConfigAvatar } from "./config-avatar";
import { PreviewMessageItem } from "./preview-message";
import { type PreviewSettings, useConfigPreview } from "./use-config-preview";

interface ConfigPreviewProps {
  name: string;
  avatar: string;
  /** Read at each send, so the reply uses the form as it is at that moment. */
  getSettings: () => PreviewSettings;
  /** Why nothing can be sent yet (no model chosen), or null. */
  blocked: string | null;
}

/** A side chat with the config being edited, before it is saved. */
export function ConfigPreview({ name, avatar, getSettings, blocked }: ConfigPreviewProps) {
  const t = useTranslations("configs.preview");
  const titleId = useId();
  const preview = useConfigPreview(getSettings);
  const [draft, setDraft] = useState("");
  const scrollRef = useRef<HTMLDivElement>(null);
  const { messages, busy, error } = preview;
  const last = messages.at(-1);
  const firstDropped = messages.find((message) => (message.metadata?.contextDropped ?? 0) > 0);

  useEffect(() => {
    const node = scrollRef.current;
    if (node && (messages.length > 0 || error)) node.scrollTop = node.scrollHeight;
  }, [messages, error]);

  function submit() {
    const text = draft.trim();
    if (!text || busy || blocked) return;
    preview.send(text);
    setDraft("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === "Enter" && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  }

  return (
    <section
      aria-labelledby={titleId}
      className="flex h-[32rem] flex-col overflow-hidden rounded-xl border bg-card text-card-foreground shadow-sm lg:h-[calc(100dvh-11.5rem)] lg:min-h-[24rem]"
    >
      <header className="flex items-start justify-between gap-3 border-b px-4 py-3">
        <div className="min-w-0">
          <h2 id={titleId} className="font-semibold">
            {t("title")}
          </h2>
          <p className="text-xs text-muted-foreground">{t("description")}</p>
        </div>
        <Button
          type="button"
          variant="ghost"
          size="sm"
          onClick={() => void preview.reset()}
          disabled={messages.length === 0 && !error}
        >
          <RotateCcw aria-hidden="true" />
          {t("reset")}
        </Button>
      </header>

      <div ref={scrollRef} className="min-h-0 flex-1 space-y-5 overflow-y-auto px-4 py-4">
        {messages.length === 0 && !error ? (
          <div className="flex h-full flex-col items-center justify-center text-center">
            <ConfigAvatar emoji={avatar} className="mb-3 h-12 w-12 text-2xl" />
            <p className="text-sm font-medium">{name.trim() || t("yourConfig")}</p>
            <p className="mt-1 max-w-xs text-sm text-muted-foreground">{blocked ?? t("prompt")}</p>
          </div>
        ) : (
          messages.map((message) => (
            <PreviewMessageItem
              key={message.id}
              message={message}
              avatar={avatar}
              streaming={busy && message === last}
              showContextNotice={message === firstDropped}
            />
          ))
        )}
        {busy && last?.role === "user" ? <PreviewMessageItem waiting avatar={avatar} /> : null}
        {error && !busy ? (
          <div
            role="alert"
            className="flex flex-wrap items-center gap-x-3 gap-y-2 rounded-xl border border-destructive/40 bg-destructive/5 px-3 py-2.5 text-sm"
          >
            <span className="min-w-0 flex-1">{error.message}</span>
            <Button type="button" size="sm" variant="outline" onClick={preview.retry}>
              <RotateCw aria-hidden="true" />
              {t("retry")}
            </Button>
          </div>
        ) : null}
      </div>

      <form
        className="flex items-end gap-2 border-t p-3"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Textarea
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={onKeyDown}
          rows={2}
          maxLength={MAX_PREVIEW_MESSAGE_LENGTH}
          aria-label={t("messageLabel")}
          placeholder={blocked ? t("chooseModel") : t("placeholder")}
          disabled={Boolean(blocked)}
          className="max-h-40 min-h-[2.75rem] resize-none"
        />
        {busy ? (
          <Button type="button" variant="outline" onClick={() => void preview.stop()}>
            <Square className="fill-current" aria-hidden="true" />
            {t("stop")}
          </Button>
        ) : (
          <Button type="submit" disabled={!draft.trim() || Boolean(blocked)}>
            <SendHorizontal aria-hidden="true" />
            {t("send")}
          </Button>
        )}
      </form>
      <span className="sr-only" role="status">
        {preview.status === "submitted"
          ? t("sending")
          : preview.status === "streaming"
            ? t("replying")
            : ""}
      </span>
    </section>
  );
}
