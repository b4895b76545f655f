import { cn } from "@/lib/utils";

export type Tone = "good" | "bad" | "idle";

const TONES: Record<Tone, string> = {
  good: "bg-success",
  bad: "bg-destructive",
  idle: "bg-muted-foreground/50",
};

/** A coloured dot beside a word that says the same: colour is never the only sign. */
export function StatusDot({ tone }: { tone: Tone }) {
  return (
    <span aria-hidden="true" className={cn("inline-block h-2.5 w-2.5 rounded-full", TONES[tone])} />
  );
}
