"use client";

import { useTranslations } from "next-intl";
import { ContextNotice } from "@/components/chat/context-notice";
import { Markdown } from "@/components/chat/markdown/markdown";
import { AnswerError } from "@/components/common/answer-error";
import { CopyAction } from "@/components/common/copy-action";
import { TypingDots } from "@/components/common/typing-dots";
import type { PanelEntry } from "@/lib/arena/client/session-view";
import { cn } from "@/lib/utils";
import { ReplyStats } from "./reply-stats";
import { VoteBadge } from "./vote-badge";

interface PanelAnswerProps {
  entry: PanelEntry;
  panel: number;
  /** The stream of this page is still open. */
  streaming: boolean;
}

/** One panel's answer to one prompt: arriving, saved, failed or missing. */
export function PanelAnswer({ entry, panel, streaming }: PanelAnswerProps) {
  const t = useTranslations("arena.answer");
  const { reply, live } = entry;
  const text = reply?.content ?? live?.text ?? "";
  const arriving = live !== null && live.status !== "done" && streaming;
  const cut = live !== null && live.status !== "done" && !streaming;

  if (arriving && text === "") return <TypingDots />;
  return (
    <div className="min-w-0">
      {entry.contextNotice > 0 ? (
        <ContextNotice dropped={entry.contextNotice} modelId={reply?.metadata.modelId ?? null} />
      ) : null}
      {text ? (
        <Markdown text={text} className={cn("text-[15px]", arriving && "md-streaming")} />
      ) : null}
      {reply?.metadata.finishReason === "stopped" ? (
        <p className="mt-2 text-xs italic text-muted-foreground">{t("stopped")}</p>
      ) : null}
      {reply?.isError ? <AnswerError message={reply.errorMessage ?? t("failed")} /> : null}
      {cut ? <p className="mt-2 text-xs italic text-muted-foreground">{t("cut")}</p> : null}
      {!reply && !live ? (
        <p className="text-sm italic text-muted-foreground">{t("missing")}</p>
      ) : null}
      {reply ? (
        <div className="mt-2 flex flex-wrap items-center gap-x-2 gap-y-1">
          <ReplyStats metadata={reply.metadata} />
          <div className="ml-auto flex items-center gap-1">
            {entry.vote ? <VoteBadge vote={entry.vote} panel={panel} /> : null}
            <CopyAction label={t("copy")} text={reply.content} />
          </div>
        </div>
      ) : null}
    </div>
  );
}
