"use client";

import { Pencil, RotateCcw, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApiError } from "@/lib/http/client";

// The error codes with a title of their own (images.error.titles); any other says "could not be made".
const TITLES = {
  image_refused: "imageRefused",
  no_image: "noImage",
  invalid_image: "invalidImage",
  image_too_large: "imageTooLarge",
  upstream_rate_limited: "upstreamRateLimited",
  rate_limited: "rateLimited",
  token_limit_reached: "tokenLimitReached",
  network_error: "networkError",
  interrupted: "interrupted",
} as const;

function titleOf(code: string) {
  return Object.hasOwn(TITLES, code) ? TITLES[code as keyof typeof TITLES] : "other";
}

// Trying the same thing again cannot help these; changing the prompt or asking an admin can.
const NO_RETRY = new Set(["image_refused", "token_limit_reached", "invalid_input", "not_found"]);

interface GenerationErrorProps {
  error: ApiError;
  /** Null when there is nothing to send again (an image sent from another tab). */
  onRetry: (() => void) | null;
  onEditPrompt: () => void;
  onDismiss: () => void;
}

/** Why the generation failed, in the server's words, and the next step. Nothing was saved. */
export function GenerationError({ error, onRetry, onEditPrompt, onDismiss }: GenerationErrorProps) {
  const t = useTranslations("images.error");
  return (
    <Alert variant="destructive" className="items-start">
      <div className="space-y-2">
        <p className="font-medium">{t(`titles.${titleOf(error.code)}`)}</p>
        <p className="text-foreground/90">{error.message}</p>
        <div className="flex flex-wrap gap-2 pt-1">
          {onRetry === null || NO_RETRY.has(error.code) ? (
            <Button type="button" size="sm" variant="outline" onClick={onEditPrompt}>
              <Pencil aria-hidden="true" />
              {t("editPrompt")}
            </Button>
          ) : (
            <Button type="button" size="sm" variant="outline" onClick={onRetry}>
              <RotateCcw aria-hidden="true" />
              {t("retry")}
            </Button>
          )}
          <Button type="button" size="sm" variant="ghost" onClick={onDismiss}>
            <X aria-hidden="true" />
            {t("dismiss")}
          </Button>
        </div>
      </div>
    </Alert>
  );
}
