import { useMemo } from "react";
import { templateParts } from "@/lib/templates/parts";
import { variableLabel } from "@/lib/templates/variable-label";

interface TemplatePreviewProps {
  text: string;
  values: Record<string, string>;
}

/**
 * The filled text as it will be inserted. Values are React text, so nothing
 * in them is read as markup or as another placeholder; a variable still empty
 * shows its name in a dashed box so it is easy to spot.
 */
export function TemplatePreview({ text, values }: TemplatePreviewProps) {
  const parts = useMemo(() => templateParts(text), [text]);

  return (
    <div className="max-h-56 overflow-y-auto whitespace-pre-wrap break-words rounded-lg border bg-muted/40 px-3 py-2.5 text-sm leading-6">
      {parts.map((part) => {
        if (part.kind === "text") return <span key={part.start}>{part.text}</span>;
        const value = values[part.name] ?? "";
        return value ? (
          <mark
            key={part.start}
            className="rounded-sm bg-primary/10 px-0.5 text-foreground dark:bg-primary/20"
          >
            {value}
          </mark>
        ) : (
          <span
            key={part.start}
            className="rounded border border-dashed border-muted-foreground/50 px-1 text-muted-foreground"
          >
            {variableLabel(part.name)}
          </span>
        );
      })}
    </div>
  );
}
