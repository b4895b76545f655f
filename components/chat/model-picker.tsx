"use client";

import * as Popover from "@radix-ui/react-popover";
import { ChevronDown, ChevronsUpDown, LoaderCircle } from "lucide-react";
import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { type ComponentProps, type ReactNode, useState } from "react";
import type { ModelInfo } from "@/lib/llm/model-info";
import { cn } from "@/lib/utils";
import type { ModelChoice } from "./use-models";

// The searchable list (cmdk) is fetched when the picker is first pointed at or opened.
const loadList = () => import("./model-picker-list");
const ModelPickerList = dynamic(() => loadList().then((module) => module.ModelPickerList), {
  ssr: false,
  loading: () => <LoadingModels />,
});

function LoadingModels() {
  const t = useTranslations("chat.modelPicker");
  return (
    <div className="flex items-center gap-2 px-3 py-6 text-sm text-muted-foreground">
      <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
      {t("loading")}
    </div>
  );
}

type ListProps = ComponentProps<typeof ModelPickerList>;

interface ModelPopoverProps extends Omit<ComponentProps<typeof Popover.Trigger>, "children"> {
  label: ReactNode;
  icon: ReactNode;
  list: (close: () => void) => ListProps;
}

/** The trigger and popover around the list; choosing closes it. */
function ModelPopover({ label, icon, list, ...trigger }: ModelPopoverProps) {
  const [open, setOpen] = useState(false);
  const preload = () => void loadList().catch(() => {});
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger type="button" onPointerEnter={preload} onFocus={preload} {...trigger}>
        {label}
        {icon}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          collisionPadding={8}
          className="z-50 w-[min(28rem,calc(100vw-1rem))] overflow-hidden rounded-xl border bg-popover p-0 text-popover-foreground shadow-lg data-[state=open]:animate-in data-[state=closed]:animate-out data-[state=closed]:fade-out-0 data-[state=open]:fade-in-0 data-[state=closed]:zoom-out-95 data-[state=open]:zoom-in-95"
        >
          <ModelPickerList {...list(() => setOpen(false))} />
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}

/** The chosen model's name, or what to say while there is none. */
function useModelLabel(models: ModelInfo[] | undefined, modelId: string | null, loading: boolean) {
  const t = useTranslations("chat.modelPicker");
  const current = models?.find((m) => m.id === modelId);
  return current?.name ?? (modelId || (loading ? t("loading") : t("choose")));
}

interface ModelPickerProps {
  choice: ModelChoice;
  /** The conversation's config was deleted: it goes on with the config's model. */
  configMissing?: boolean;
  disabled?: boolean;
  className?: string;
}

/** What the next message goes to: the user's configs first, then every model by provider. */
export function ModelPicker({ choice, configMissing, disabled, className }: ModelPickerProps) {
  const t = useTranslations("chat.modelPicker");
  const { models, modelId, config, query } = choice;
  const loading = query.isPending;
  const modelName = useModelLabel(models, modelId, loading);
  const label = config ? `${config.avatar} ${config.name}` : modelName;
  const configs = choice.configs.data ?? [];

  return (
    <ModelPopover
      disabled={disabled}
      className={cn(
        "inline-flex h-9 min-w-0 max-w-full items-center gap-1.5 rounded-lg px-2.5 text-sm font-semibold transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring disabled:opacity-50 data-[state=open]:bg-accent",
        className,
      )}
      aria-label={t(configMissing ? "triggerConfigDeleted" : "trigger", {
        kind: config ? t("config") : t("model"),
        label,
      })}
      label={
        <>
          <span className="truncate">{label}</span>
          {configMissing && !config ? (
            <span className="shrink-0 rounded-full border px-1.5 text-[11px] font-normal text-muted-foreground">
              {t("configDeleted")}
            </span>
          ) : null}
        </>
      }
      icon={<ChevronDown className="h-4 w-4 shrink-0 opacity-60" aria-hidden="true" />}
      list={(close) => ({
        models,
        loading,
        error: query.error ? query.error.message : null,
        selectedId: config ? null : modelId,
        onChoose: (id) => {
          choice.choose(id);
          close();
        },
        configs: {
          // The conversation's config may be someone's public one that is not in the list.
          items:
            config && !configs.some((c) => c.id === config.id) ? [config, ...configs] : configs,
          selectedId: config?.id ?? null,
          onChoose: (chosen) => {
            choice.chooseConfig(chosen);
            close();
          },
        },
        notice: configMissing && !config ? t("configDeletedNotice") : undefined,
      })}
    />
  );
}

interface ModelSelectProps {
  value: string;
  models: ModelInfo[] | undefined;
  loading: boolean;
  error: string | null;
  onChange: (modelId: string) => void;
  /** From Field: the label, error and hint point at the trigger. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** The same list as a form control for one model. */
export function ModelSelect({
  value,
  models,
  loading,
  error,
  onChange,
  ...field
}: ModelSelectProps) {
  const current = models?.find((model) => model.id === value);
  const label = useModelLabel(models, value, loading);
  return (
    <ModelPopover
      {...field}
      className="flex h-10 w-full items-center justify-between gap-2 rounded-md border border-input bg-background px-3 text-left text-base shadow-sm focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background aria-[invalid=true]:border-destructive md:text-sm"
      label={
        <span className={cn("min-w-0 truncate", !current && !value && "text-muted-foreground")}>
          {label}
          {current ? (
            <span className="ml-2 text-xs text-muted-foreground">{current.id}</span>
          ) : null}
        </span>
      }
      icon={<ChevronsUpDown className="h-4 w-4 shrink-0 opacity-60" aria-hidden="true" />}
      list={(close) => ({
        models,
        loading,
        error,
        selectedId: value,
        onChoose: (id) => {
          onChange(id);
          close();
        },
      })}
    />
  );
}
