"use client";

import { Pencil, RotateCcw, X } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import type { ApiError } from "@/lib/http/client";

const TITLES: Record<string, string> = {
  image_refused: "The model refused this prompt",
  no_image: "No image came back",
  invalid_image: "The image that came back was broken",
  image_too_large: "The image that came back was too large",
  upstream_rate_limited: "The model provider is busy",
  rate_limited: "Too many images at once",
  token_limit_reached: "Your allowance is used up",
  network_error: "No connection to the server",
  interrupted: "The image was interrupted",
};

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
  return (
    <Alert variant="destructive" className="items-start">
      <div className="space-y-2">
        <p className="font-medium">{TITLES[error.code] ?? "The image could not be made"}</p>
        <p className="text-foreground/90">{error.message}</p>
        <div className="flex flex-wrap gap-2 pt-1">
          {onRetry === null || NO_RETRY.has(error.code) ? (
            <Button type="button" size="sm" variant="outline" onClick={onEditPrompt}>
              <Pencil aria-hidden="true" />
              Edit the prompt
            </Button>
          ) : (
            <Button type="button" size="sm" variant="outline" onClick={onRetry}>
              <RotateCcw aria-hidden="true" />
              Try again
            </Button>
          )}
          <Button type="button" size="sm" variant="ghost" onClick={onDismiss}>
            <X aria-hidden="true" />
            Dismiss
          </Button>
        </div>
      </div>
    </Alert>
  );
}
