"use client";

import * as Popover from "@radix-ui/react-popover";
import { Command } from "cmdk";
import { Check, ChevronsUpDown, LoaderCircle } from "lucide-react";
import { useMemo, useState } from "react";
import { formatTokens } from "@/lib/chat/client/format";
import { groupModels } from "@/lib/chat/shared/models";
import type { ModelInfo } from "@/lib/llm/model-info";
import { cn } from "@/lib/utils";

interface ModelSelectProps {
  value: string;
  models: ModelInfo[] | undefined;
  loading: boolean;
  onChange: (modelId: string) => void;
  /** From Field: the label, error and hint point at the trigger. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** A form control for one model: a searchable list grouped by provider, in a popover. */
export function ModelSelect({ value, models, loading, onChange, ...field }: ModelSelectProps) {
  const [open, setOpen] = useState(false);
  const groups = useMemo(() => groupModels(models ?? []), [models]);
  const current = models?.find((model) => model.id === value);
  const label = current?.name ?? (value || (loading ? "Loading models…" : "Choose a model"));

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        type="button"
        {...field}
        className="flex h-10 w-full items-center justify-between gap-2 rounded-md border border-input bg-background px-3 text-left text-base shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background aria-[invalid=true]:border-destructive md:text-sm"
      >
        <span className={cn("min-w-0 truncate", !current && !value && "text-muted-foreground")}>
          {label}
          {current ? (
            <span className="ml-2 text-xs text-muted-foreground">{current.id}</span>
          ) : null}
        </span>
        <ChevronsUpDown className="h-4 w-4 shrink-0 opacity-60" aria-hidden="true" />
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(32rem,calc(100vw-1rem))] overflow-hidden rounded-xl border bg-popover p-0 text-popover-foreground shadow-lg data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0"
        >
          <Command label="Models" loop className="flex max-h-[min(24rem,60dvh)] flex-col">
            <Command.Input
              placeholder="Search models…"
              className="h-11 w-full shrink-0 border-b bg-transparent px-3 text-base outline-none placeholder:text-muted-foreground md:text-sm"
            />
            <Command.List className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-1">
              {loading ? (
                <Command.Loading>
                  <div className="flex items-center gap-2 px-3 py-6 text-sm text-muted-foreground">
                    <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
                    Loading models…
                  </div>
                </Command.Loading>
              ) : (
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
                    <Command.Item
                      key={model.id}
                      value={model.id}
                      keywords={[model.name]}
                      onSelect={() => {
                        onChange(model.id);
                        setOpen(false);
                      }}
                      className="flex cursor-pointer items-start gap-2 rounded-lg px-2 py-2 text-sm outline-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground"
                    >
                      <Check
                        className={cn(
                          "mt-0.5 h-4 w-4 shrink-0",
                          model.id === value ? "opacity-100" : "opacity-0",
                        )}
                        aria-hidden="true"
                      />
                      <div className="min-w-0 flex-1">
                        <div className="truncate font-medium">{model.name}</div>
                        <div className="truncate text-xs text-muted-foreground">{model.id}</div>
                      </div>
                      {model.contextLength ? (
                        <span className="shrink-0 text-xs text-muted-foreground">
                          {formatTokens(model.contextLength)} context
                        </span>
                      ) : null}
                    </Command.Item>
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
