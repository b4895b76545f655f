"use client";

import { LoaderCircle, Sparkles, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

interface GenerateButtonProps {
  pending: boolean;
  elapsedMs: number;
  /** Why Generate cannot be pressed yet; null when it can. */
  blockedReason: string | null;
  onCancel: () => void;
}

/** Generate, which becomes Cancel with the time so far while the image is being made. */
export function GenerateButton({
  pending,
  elapsedMs,
  blockedReason,
  onCancel,
}: GenerateButtonProps) {
  const t = useTranslations("images.generateButton");
  const common = useTranslations("common");
  if (pending) {
    return (
      <div className="flex items-center gap-3">
        {/* Keyed apart from Generate: reusing one <button> would turn this click into a submit. */}
        <Button
          key="cancel"
          type="button"
          variant="outline"
          className="flex-1"
          onClick={(event) => {
            event.preventDefault();
            onCancel();
          }}
        >
          <X aria-hidden="true" />
          {common("cancel")}
        </Button>
        <span className="flex shrink-0 items-center gap-2 text-sm tabular-nums text-muted-foreground">
          <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
          {t("seconds", { seconds: Math.floor(elapsedMs / 1000) })}
        </span>
      </div>
    );
  }
  return (
    <div className="space-y-2">
      <Button key="generate" type="submit" className="w-full" disabled={blockedReason !== null}>
        <Sparkles aria-hidden="true" />
        {t("generate")}
      </Button>
      <p className="text-center text-xs text-muted-foreground">
        {blockedReason ??
          t.rich("shortcut", {
            kbd: (chunks) => <kbd className="font-sans font-medium">{chunks}</kbd>,
          })}
      </p>
    </div>
  );
}
