"use client";

import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, ChevronDown, ImageIcon, LoaderCircle } from "lucide-react";
import { useMemo, useState } from "react";
import { formatPerMillion, formatTokens } from "@/lib/chat/client/estimate";
import { acceptsImages, groupModels } from "@/lib/chat/client/models";
import type { ModelInfo } from "@/lib/llm/model-info";
import { cn } from "@/lib/utils";

interface ModelPickerProps {
  modelId: string | null;
  models: ModelInfo[] | undefined;
  loading: boolean;
  error: string | null;
  onChange: (modelId: string) => void;
  disabled?: boolean;
  className?: string;
}

/**
 * Searchable model list in a popover (cmdk): grouped by provider, with
 * context length and prices per million tokens. The user's saved configs
 * will join as their own group above the providers.
 */
export function ModelPicker({
  modelId,
  models,
  loading,
  error,
  onChange,
  disabled,
  className,
}: ModelPickerProps) {
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => groupModels(models ?? []), [models]);
  const current = models?.find((m) => m.id === modelId);
  const label = current?.name ?? modelId ?? (loading ? "Loading models…" : "Choose a model");

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        disabled={disabled}
        className={cn(
          "inline-flex h-9 min-w-0 max-w-full items-center gap-1.5 rounded-lg px-2.5 text-sm font-semibold transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50 data-[state=open]:bg-accent",
          className,
        )}
        aria-label={`Model: ${label}. Change model`}
      >
        <span className="truncate">{label}</span>
        <ChevronDown className="h-4 w-4 shrink-0 opacity-60" aria-hidden="true" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(28rem,calc(100vw-1rem))] overflow-hidden rounded-xl border bg-popover p-0 text-popover-foreground shadow-lg data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0 data-[state=closed]:zoom-out-95 data-[state=open]:zoom-in-95"
        >
          <Command label="Models" loop className="flex max-h-[min(28rem,70dvh)] flex-col">
            <Command.Input
              placeholder="Search models…"
              className="h-11 w-full shrink-0 border-b bg-transparent px-3 text-sm outline-none placeholder:text-muted-foreground"
            />
            <Command.List className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-1">
              {loading ? (
                <Command.Loading>
                  <div className="flex items-center gap-2 px-3 py-6 text-sm text-muted-foreground">
                    <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
                    Loading models…
                  </div>
                </Command.Loading>
              ) : null}
              {error ? <p className="px-3 py-6 text-sm text-destructive">{error}</p> : null}
              {loading || error ? null : (
                <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">
                  No model matches.
                </Command.Empty>
              )}
              {groups.map((group) => (
                <Command.Group
                  key={group.provider}
                  heading={group.provider}
                  className="[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground"
                >
                  {group.models.map((model) => (
                    <ModelRow
                      key={model.id}
                      model={model}
                      selected={model.id === modelId}
                      onSelect={() => {
                        onChange(model.id);
                        setOpen(false);
                      }}
                    />
                  ))}
                </Command.Group>
              ))}
            </Command.List>
          </Command>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

function ModelRow({
  model,
  selected,
  onSelect,
}: {
  model: ModelInfo;
  selected: boolean;
  onSelect: () => void;
}) {
  const prices = `${formatPerMillion(model.pricing.promptUsdPerToken)} in · ${formatPerMillion(model.pricing.completionUsdPerToken)} out`;
  return (
    <Command.Item
      value={model.id}
      keywords={[model.name]}
      onSelect={onSelect}
      className="flex cursor-pointer items-start gap-2 rounded-lg px-2 py-2 text-sm outline-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
    >
      <Check
        className={cn("mt-0.5 h-4 w-4 shrink-0", selected ? "opacity-100" : "opacity-0")}
        aria-hidden="true"
      />
      <div className="min-w-0 flex-1">
        <div className="flex items-center gap-1.5">
          <span className="truncate font-medium">{model.name}</span>
          {acceptsImages(model) ? (
            <ImageIcon
              className="h-3.5 w-3.5 shrink-0 text-muted-foreground"
              aria-label="Reads images"
            />
          ) : null}
        </div>
        <div className="truncate text-xs text-muted-foreground">{model.id}</div>
      </div>
      <div className="shrink-0 text-right text-xs text-muted-foreground">
        {model.contextLength ? <div>{formatTokens(model.contextLength)} context</div> : null}
        <div title="Price per million tokens">{prices}</div>
      </div>
    </Command.Item>
  );
}
