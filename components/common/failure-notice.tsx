import { AlertCircle, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { DismissButton } from "./dismiss-button";

/** A request the server refused or that broke off, and the next step when there is one. */
export interface Failure {
  message: string;
  action?: { label: string; run: () => void };
}

/** What happened and what to do, above a chat's or a comparison's input. */
export function FailureNotice({ failure, onDismiss }: { failure: Failure; onDismiss: () => void }) {
  const { action } = failure;
  return (
    <div
      role="alert"
      className="mb-2 flex items-start gap-2 rounded-2xl border border-destructive/40 bg-destructive/5 px-3 py-2.5 text-sm"
    >
      <AlertCircle className="mt-0.5 h-4 w-4 shrink-0 text-destructive" aria-hidden="true" />
      <p className="min-w-0 flex-1">{failure.message}</p>
      {action ? (
        <Button
          size="sm"
          variant="outline"
          className="h-7"
          onClick={() => {
            onDismiss();
            action.run();
          }}
        >
          <RotateCcw aria-hidden="true" />
          {action.label}
        </Button>
      ) : null}
      <DismissButton onDismiss={onDismiss} />
    </div>
  );
}
