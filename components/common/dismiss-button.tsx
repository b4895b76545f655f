import { X } from "lucide-react";

/** The × that closes a notice or banner. */
export function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  return (
    <button
      type="button"
      onClick={onDismiss}
      className="rounded-md p-0.5 text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      aria-label="Dismiss"
    >
      <X className="h-4 w-4" aria-hidden="true" />
    </button>
  );
}
