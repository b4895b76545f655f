import { cn } from "@/lib/utils";

/** How much of a text field is used, red once it is full. */
export function CharacterCount({ length, max }: { length: number; max: number }) {
  return (
    <span
      className={cn(
        "text-xs tabular-nums",
        length >= max ? "text-destructive" : "text-muted-foreground",
      )}
    >
      {length.toLocaleString("en")}/{max.toLocaleString("en")}
    </span>
  );
}
