"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { useFormat } from "@/components/common/use-format";
import type { ConversationDto } from "@/lib/conversations/dto";
import { ImportedBadge } from "./imported-badge";

interface ThreadHeaderProps {
  conversation: ConversationDto;
  picker: ReactNode;
}

/** Model picker, title and the conversation's running total of tokens and cost. */
export function ThreadHeader({ conversation, picker }: ThreadHeaderProps) {
  const t = useTranslations("chat.header");
  const f = useFormat();
  const { totalTokens, inputTokens, outputTokens, costUsd } = conversation.stats;
  return (
    <div className="flex h-12 shrink-0 items-center gap-2 px-2 sm:px-4">
      <div className="min-w-0 shrink">{picker}</div>
      <h1 className="hidden min-w-0 flex-1 truncate text-center text-sm text-muted-foreground lg:block">
        {conversation.title}
      </h1>
      {conversation.importedFrom && <ImportedBadge source={conversation.importedFrom} />}
      <p
        className="ml-auto shrink-0 rounded-full border px-2.5 py-1 text-xs tabular-nums text-muted-foreground lg:ml-0"
        title={t("detail", {
          total: f.count(totalTokens),
          input: f.count(inputTokens),
          output: f.count(outputTokens),
          cost: f.usd(costUsd),
        })}
      >
        <span className="sr-only">{t("total")} </span>
        {t("summary", { tokens: f.tokens(totalTokens), cost: f.usd(costUsd) })}
      </p>
    </div>
  );
}
