import { AlertCircle, RotateCcw, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import type { TurnFailure } from "./use-arena-turn";

/** A prompt the server refused, or a stream that broke off: what happened and what to do. */
export function TurnNotice({
  failure,
  onDismiss,
}: {
  failure: TurnFailure;
  onDismiss: () => void;
}) {
  return (
    <div
      role="alert"
      className="mb-2 flex items-start gap-2 rounded-2xl border border-destructive/40 bg-destructive/5 px-3 py-2.5 text-sm"
    >
      <AlertCircle className="mt-0.5 h-4 w-4 shrink-0 text-destructive" aria-hidden="true" />
      <p className="min-w-0 flex-1">{failure.message}</p>
      <Button
        size="sm"
        variant="outline"
        className="h-7"
        onClick={() => {
          onDismiss();
          failure.action.run();
        }}
      >
        <RotateCcw aria-hidden="true" />
        {failure.action.label}
      </Button>
      <button
        type="button"
        onClick={onDismiss}
        className="rounded-md p-0.5 text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        aria-label="Dismiss"
      >
        <X className="h-4 w-4" aria-hidden="true" />
      </button>
    </div>
  );
}
