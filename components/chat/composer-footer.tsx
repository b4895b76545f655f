"use client";

import { AlertTriangle } from "lucide-react";
import { useMemo } from "react";
import { useMyUsage } from "@/components/usage/data";
import { allowanceOf, allowanceWarning } from "@/lib/chat/client/allowance";
import { formatTokens, formatUsd } from "@/lib/chat/client/format";
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
        <span className="truncate">{model.name} can't see images; they will be left out.</span>
      </span>
    );
  }
  if (!draft.trim()) return null;
  const cost = estimate.costUsd === null ? "" : ` · ~${formatUsd(estimate.costUsd)}`;
  const warning = usage.data ? allowanceWarning(estimate, allowanceOf(usage.data)) : null;
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
    <span title="A rough estimate of the prompt: the conversation shown, your message and its files (text at four characters a token, an image or PDF as about 1,000)">
      ≈ {formatTokens(estimate.tokens)} tokens{cost}
    </span>
  );
}
