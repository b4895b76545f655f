"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import type { SiblingInfo } from "@/lib/chat/client/tree";

interface BranchSwitcherProps {
  siblings: SiblingInfo;
  onSwitch: (delta: -1 | 1) => void;
  disabled?: boolean;
}

/** ‹ 2/3 ›: steps between versions of a message (edits or regenerations). */
export function BranchSwitcher({ siblings, onSwitch, disabled }: BranchSwitcherProps) {
  const t = useTranslations("chat.versions");
  if (siblings.count < 2) return null;
  const position = siblings.index + 1;
  return (
    <fieldset className="inline-flex items-center text-xs text-muted-foreground">
      <legend className="sr-only">{t("legend")}</legend>
      <button
        type="button"
        onClick={() => onSwitch(-1)}
        disabled={disabled || siblings.index === 0}
        className="inline-flex h-7 w-6 items-center justify-center rounded-md hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-40"
        aria-label={t("previous")}
      >
        <ChevronLeft className="h-4 w-4" aria-hidden="true" />
      </button>
      <span className="min-w-[2.25rem] text-center tabular-nums" aria-live="polite">
        <span aria-hidden="true">
          {position}/{siblings.count}
        </span>
        <span className="sr-only">{t("position", { index: position, count: siblings.count })}</span>
      </span>
      <button
        type="button"
        onClick={() => onSwitch(1)}
        disabled={disabled || position === siblings.count}
        className="inline-flex h-7 w-6 items-center justify-center rounded-md hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:pointer-events-none disabled:opacity-40"
        aria-label={t("next")}
      >
        <ChevronRight className="h-4 w-4" aria-hidden="true" />
      </button>
    </fieldset>
  );
}
