"use client";

import { AlertTriangle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFormat } from "@/components/common/use-format";
import { useMyUsage } from "@/components/usage/data";
import { allowanceOf, allowanceWarning } from "@/lib/chat/client/allowance";
import { estimatePrompt, estimateTokens } from "@/lib/chat/shared/estimate";
import { acceptsImages } from "@/lib/chat/shared/models";
import { promptRoom } from "@/lib/chat/shared/prompt-room";
import type { ModelInfo } from "@/lib/llm/model-info";
import type { PendingAttachment } from "./use-attachments";

interface ComposerFooterProps {
  history: readonly string[];
  draft: string;
  model: ModelInfo | undefined;
  attachments: readonly PendingAttachment[];
}

/**
 * Under the box: what sending would roughly cost, and whether that fits
 * what is left of the person's allowance, or why the files won't be seen.
 */
export function ComposerFooter({ history, draft, model, attachments }: ComposerFooterProps) {
  const t = useTranslations("chat.estimate");
  const allowanceWords = useTranslations("chat.allowance");
  const f = useFormat();
  const estimate = useMemo(() => {
    const whole = estimatePrompt(
      history,
      draft,
      model?.pricing.promptUsdPerToken,
      attachments.filter((file) => file.status !== "error"),
    );
    // A conversation longer than the model's window is sent from its newest turns only.
    const room = promptRoom(model);
    if (room === null || whole.tokens <= room) return whole;
    const tokens = Math.max(room, estimateTokens(draft));
    const costUsd = whole.costUsd === null ? null : (whole.costUsd * tokens) / whole.tokens;
    return { tokens, costUsd };
  }, [history, draft, model, attachments]);
  const usage = useMyUsage();
  const hasImages = attachments.some((file) => file.isImage && file.status !== "error");

  if (model && hasImages && !acceptsImages(model)) {
    return (
      <span
        className="inline-flex items-center gap-1 text-amber-700 dark:text-amber-400"
        role="status"
      >
        <AlertTriangle className="h-3.5 w-3.5 shrink-0" aria-hidden="true" />
        <span className="truncate">{t("noImages", { model: model.name })}</span>
      </span>
    );
  }
  if (!draft.trim()) return null;
  const warning = usage.data
    ? allowanceWarning(estimate, allowanceOf(usage.data), allowanceWords, f)
    : null;
  if (warning) {
    return (
      <span
        className="inline-flex min-w-0 items-start gap-1 text-amber-700 dark:text-amber-400"
        role="status"
      >
        <AlertTriangle className="mt-px h-3.5 w-3.5 shrink-0" aria-hidden="true" />
        <span>{warning}</span>
      </span>
    );
  }
  return (
    <span title={t("hint")}>
      {estimate.costUsd === null
        ? t("tokens", { tokens: f.tokens(estimate.tokens) })
        : t("tokensAndCost", { tokens: f.tokens(estimate.tokens), cost: f.usd(estimate.costUsd) })}
    </span>
  );
}
