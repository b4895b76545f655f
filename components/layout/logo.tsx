import { cn } from "@/lib/utils";

/** The product mark: two overlapping speech bubbles, drawn inline so it needs no asset request. */
export function LogoMark({ className }: { className?: string }) {
  return (
    <span
      className={cn(
        "inline-flex h-8 w-8 shrink-0 items-center justify-center rounded-lg bg-brand text-brand-foreground shadow-sm",
        className,
      )}
    >
      <svg viewBox="0 0 24 24" className="h-[62%] w-[62%]" fill="none" aria-hidden="true">
        <path
          d="M4 6.5A2.5 2.5 0 0 1 6.5 4h7A2.5 2.5 0 0 1 16 6.5v4a2.5 2.5 0 0 1-2.5 2.5H9l-3.2 2.4A.5.5 0 0 1 5 15v-2.1A2.5 2.5 0 0 1 4 11Z"
          fill="currentColor"
        />
        <path
          d="M18 9.2a2.5 2.5 0 0 1 2 2.45V15a2.5 2.5 0 0 1-1 2v2.1a.5.5 0 0 1-.8.4L15 17h-3.5a2.5 2.5 0 0 1-2.1-1.15"
          stroke="currentColor"
          strokeWidth="1.6"
          strokeLinecap="round"
          strokeLinejoin="round"
          opacity=".75"
        />
      </svg>
    </span>
  );
}

export function Logo({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex items-center gap-2.5", className)}>
      <LogoMark />
      <span className="text-base font-semibold tracking-tight">Uni-Chat</span>
    </span>
  );
}
