"use client";

import { cn } from "@/lib/utils";
import { useFormat } from "./use-format";

/** How much of a text field is used, red once it is full. */
export function CharacterCount({ length, max }: { length: number; max: number }) {
  const f = useFormat();
  return (
    <span
      className={cn(
        "text-xs tabular-nums",
        length >= max ? "text-destructive" : "text-muted-foreground",
      )}
    >
      {f.count(length)}/{f.count(max)}
    </span>
  );
}
