"use client";

import * as Popover from "@radix-ui/react-popover";
import { Info } from "lucide-react";
import { formatDuration, formatUsd } from "@/lib/chat/client/format";
import type { MessageDetails as Details } from "@/lib/chat/client/thread-items";

const FINISH_REASONS: Record<string, string> = {
  stop: "Finished",
  length: "Hit the length limit",
  "content-filter": "Stopped by the content filter",
  stopped: "Stopped by you",
  error: "Failed",
  "tool-calls": "Tool call",
  other: "Other",
};

/** Model, tokens, cost, time and finish reason of one reply. */
export function MessageDetails({ details }: { details: Details }) {
  const rows: [string, string][] = [
    ["Model", details.modelId ?? "Unknown"],
    ["Prompt tokens", details.promptTokens.toLocaleString()],
    ["Completion tokens", details.completionTokens.toLocaleString()],
    ["Cost", formatUsd(details.costUsd)],
    ["Time", details.generationTimeMs === null ? "—" : formatDuration(details.generationTimeMs)],
    [
      "Finish",
      details.finishReason ? (FINISH_REASONS[details.finishReason] ?? details.finishReason) : "—",
    ],
  ];
  return (
    <Popover.Root>
      <Popover.Trigger
        className="inline-flex h-8 w-8 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        aria-label="Reply details"
      >
        <Info className="h-4 w-4" aria-hidden="true" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          side="top"
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-64 rounded-xl border bg-popover p-3 text-sm text-popover-foreground shadow-lg data-[state=open]:animate-in data-[state=open]:fade-in-0"
        >
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-muted-foreground">
            Reply details
          </p>
          <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5">
            {rows.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-muted-foreground">{term}</dt>
                <dd className="min-w-0 break-words text-right font-medium tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
          <Popover.Arrow className="fill-popover" />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
