import { AlertTriangle } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

interface AnswerErrorProps {
  message: string;
  /** What can be done about it, e.g. a Retry button. */
  children?: ReactNode;
}

/** An answer that failed, shown in its place: why, and what to do when there is something. */
export function AnswerError({ message, children }: AnswerErrorProps) {
  return (
    <div
      role="alert"
      className={cn(
        "mt-3 flex gap-2 rounded-xl border border-destructive/40 bg-destructive/5 px-3 py-2.5 text-sm",
        children ? "flex-wrap items-center gap-x-3 gap-y-2" : "items-start",
      )}
    >
      <AlertTriangle
        className={cn("h-4 w-4 shrink-0 text-destructive", !children && "mt-0.5")}
        aria-hidden="true"
      />
      <span className="min-w-0 flex-1">{message}</span>
      {children}
    </div>
  );
}
