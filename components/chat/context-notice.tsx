import { History } from "lucide-react";

/** Said once, above the answer whose prompt left older messages out. */
export function ContextNotice({ dropped, modelId }: { dropped: number; modelId: string | null }) {
  const count = dropped === 1 ? "1 older message was" : `${dropped} older messages were`;
  return (
    <p role="note" className="mb-2 flex items-start gap-1.5 text-xs text-muted-foreground">
      <History className="mt-px h-3.5 w-3.5 shrink-0" aria-hidden="true" />
      <span>
        {count} not sent: the conversation is longer than {modelId ?? "the model"}'s context window.
      </span>
    </p>
  );
}
