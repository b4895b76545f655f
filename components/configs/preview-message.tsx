"use client";

import { useTranslations } from "next-intl";
import { ContextNotice } from "@/components/chat/context-notice";
import { Markdown } from "@/components/chat/markdown/markdown";
import { TypingDots } from "@/components/common/typing-dots";
import { useFormat } from "@/components/common/use-format";
import { cn } from "@/lib/utils";
import { ConfigAvatar } from "./config-avatar";
import { type PreviewMessage, textOf } from "./use-config-preview";

type PreviewMessageItemProps =
  | {
      message: PreviewMessage;
      avatar: string;
      streaming: boolean;
      /** Whether to say that older messages were left out (once, on the first such reply). */
      showContextNotice?: boolean;
      waiting?: never;
    }
  | {
      waiting: true;
      avatar: string;
      message?: never;
      streaming?: never;
      showContextNotice?: never;
    };

/** One preview message: the user's as a bubble, the config's as Markdown, as in the chat. */
export function PreviewMessageItem({
  message,
  avatar,
  streaming,
  showContextNotice,
  waiting,
}: PreviewMessageItemProps) {
  const t = useTranslations("configs.preview");
  const f = useFormat();
  if (message?.role === "user") {
    return (
      <article aria-label={t("yourMessage")} className="flex justify-end">
        <div className="max-w-[85%] whitespace-pre-wrap break-words rounded-3xl bg-muted px-4 py-2.5 text-[15px] leading-6">
          {textOf(message)}
        </div>
      </article>
    );
  }
  const text = message ? textOf(message) : "";
  const usage = message?.metadata;
  return (
    <article aria-label={t("reply")} className="flex gap-3">
      <ConfigAvatar emoji={avatar} className="h-7 w-7 rounded-full text-sm" />
      <div className="min-w-0 flex-1">
        {showContextNotice && usage ? (
          <ContextNotice dropped={usage.contextDropped} modelId={usage.modelId} />
        ) : null}
        {waiting || (streaming && !text) ? (
          <TypingDots />
        ) : text ? (
          <Markdown text={text} className={cn(streaming && "md-streaming")} />
        ) : (
          <p className="text-sm italic text-muted-foreground">{t("noAnswer")}</p>
        )}
        {usage ? (
          <p className="mt-1 text-xs text-muted-foreground">
            {t(usage.finishReason === "length" ? "cutOff" : "usage", {
              tokens: f.tokens(usage.promptTokens + usage.completionTokens),
              cost: f.usd(usage.costUsd),
            })}
          </p>
        ) : null}
      </div>
    </article>
  );
}
