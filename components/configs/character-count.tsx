import { cn } from "@/lib/utils";

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
