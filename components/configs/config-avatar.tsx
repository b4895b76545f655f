import { cn } from "@/lib/utils";

/** A config's emoji on a soft tile; decorative, the name beside it says what it is. */
export function ConfigAvatar({ emoji, className }: { emoji: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={cn(
        "flex h-10 w-10 shrink-0 select-none items-center justify-center rounded-xl bg-muted text-xl leading-none",
        className,
      )}
    >
      {emoji}
    </span>
  );
}
