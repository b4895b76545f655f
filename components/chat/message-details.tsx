"use client";

import * as Popover from "@radix-ui/react-popover";
import { Info } from "lucide-react";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { MessageDetails as Details } from "@/lib/chat/client/thread-items";

/** The finish reasons the server stores, and the key of each one's words. */
const FINISH_REASONS = {
  stop: "stop",
  length: "length",
  "content-filter": "contentFilter",
  stopped: "stopped",
  error: "error",
  "tool-calls": "toolCalls",
  other: "other",
} as const;

function isKnownReason(reason: string): reason is keyof typeof FINISH_REASONS {
  return Object.hasOwn(FINISH_REASONS, reason);
}

/** Model, tokens, cost, time and finish reason of one reply. */
export function MessageDetails({ details }: { details: Details }) {
  const t = useTranslations("chat.details");
  const f = useFormat();
  const reason = details.finishReason;
  const finish =
    reason && isKnownReason(reason) ? t(`finishReasons.${FINISH_REASONS[reason]}`) : reason;
  const rows: [string, string][] = [
    [t("model"), details.modelId ?? t("unknownModel")],
    [t("promptTokens"), f.count(details.promptTokens)],
    [t("completionTokens"), f.count(details.completionTokens)],
    [t("cost"), f.usd(details.costUsd)],
    [t("time"), details.generationTimeMs === null ? "—" : f.duration(details.generationTimeMs)],
    [t("finish"), finish || "—"],
  ];
  return (
    <Popover.Root>
      <Popover.Trigger
        className="inline-flex h-8 w-8 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        aria-label={t("title")}
      >
        <Info className="h-4 w-4" aria-hidden="true" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-64 rounded-xl border bg-popover p-3 text-sm text-popover-foreground shadow-lg data-[state=open]:animate-in data-[state=open]:fade-in-0"
        >
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            {t("title")}
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
            {rows.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-muted-foreground">{term}</dt>
                <dd className="min-w-0 break-words text-right font-medium tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <Popover.Arrow className="fill-popover" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
