"use client";

import * as Popover from "@radix-ui/react-popover";
import { ChevronDown, LoaderCircle } from "lucide-react";
import dynamic from "next/dynamic";
import { useState } from "react";
import { cn } from "@/lib/utils";
import type { ModelChoice } from "./use-models";

// The searchable list (cmdk) is fetched when the picker is first pointed at or opened.
const loadList = () => import("./model-picker-list");
const ModelPickerList = dynamic(() => loadList().then((module) => module.ModelPickerList), {
  ssr: false,
  loading: () => (
    <div className="flex items-center gap-2 px-3 py-6 text-sm text-muted-foreground">
      <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
      Loading models…
    </div>
  ),
});

interface ModelPickerProps {
  choice: ModelChoice;
  /** The conversation's config was deleted: it goes on with the config's model. */
  configMissing?: boolean;
  disabled?: boolean;
  className?: string;
}

/**
 * Searchable model list in a popover (cmdk): the user's configs first, then
 * the models grouped by provider, with context length and prices per
 * million tokens.
 */
export function ModelPicker({ choice, configMissing, disabled, className }: ModelPickerProps) {
  const [open, setOpen] = useState(false);
  const { models, modelId, config, query } = choice;
  const loading = query.isPending;
  const current = models?.find((m) => m.id === modelId);
  const modelLabel = current?.name ?? modelId ?? (loading ? "Loading models…" : "Choose a model");
  const label = config ? `${config.avatar} ${config.name}` : modelLabel;

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        disabled={disabled}
        onPointerEnter={() => void loadList().catch(() => {})}
        onFocus={() => void loadList().catch(() => {})}
        className={cn(
          "inline-flex h-9 min-w-0 max-w-full items-center gap-1.5 rounded-lg px-2.5 text-sm font-semibold transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50 data-[state=open]:bg-accent",
          className,
        )}
        aria-label={`${config ? "Config" : "Model"}: ${label}${configMissing ? " (config deleted)" : ""}. Change model`}
      >
        <span className="truncate">{label}</span>
        {configMissing && !config ? (
          <span className="shrink-0 rounded-full border px-1.5 text-[11px] font-normal text-muted-foreground">
            config deleted
          </span>
        ) : null}
        <ChevronDown className="h-4 w-4 shrink-0 opacity-60" aria-hidden="true" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(28rem,calc(100vw-1rem))] overflow-hidden rounded-xl border bg-popover p-0 text-popover-foreground shadow-lg data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0 data-[state=closed]:zoom-out-95 data-[state=open]:zoom-in-95"
        >
          <ModelPickerList
            choice={choice}
            configMissing={configMissing}
            onChosen={() => setOpen(false)}
          />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
