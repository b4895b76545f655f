"use client";

import { Command } from "cmdk";
import { Check, ImageIcon, LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { useFormat } from "@/components/common/use-format";
import { acceptsImages, groupModels } from "@/lib/chat/shared/models";
import type { ConfigDto } from "@/lib/configs/dto";
import type { ModelInfo } from "@/lib/llm/model-info";
import { cn } from "@/lib/utils";

const GROUP_CLASS =
  "[&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:pb-1 [&_[cmdk-group-heading]]:pt-2 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-medium [&_[cmdk-group-heading]]:text-muted-foreground";

const ROW_CLASS =
  "flex cursor-pointer items-start gap-2 rounded-lg px-2 py-2 text-sm outline-none data-[selected=true]:bg-accent data-[selected=true]:text-accent-foreground";

interface ConfigOptions {
  items: ConfigDto[];
  selectedId: string | null;
  onChoose: (config: ConfigDto) => void;
}

interface ModelPickerListProps {
  models: ModelInfo[] | undefined;
  loading: boolean;
  error: string | null;
  /** The model shown as chosen, or null while a config is. */
  selectedId: string | null;
  onChoose: (modelId: string) => void;
  /** The user's configs, listed before the models. */
  configs?: ConfigOptions;
  /** A line above the lists, e.g. why the chat's config is not among them. */
  notice?: string;
}

/**
 * A searchable model list (cmdk): configs first when given, then the models
 * grouped by provider, with context length and prices per million tokens.
 */
export function ModelPickerList({
  models,
  loading,
  error,
  selectedId,
  onChoose,
  configs,
  notice,
}: ModelPickerListProps) {
  const t = useTranslations("chat.modelPicker");
  const groups = useMemo(() => groupModels(models ?? []), [models]);

  return (
    <Command label={t("list")} loop className="flex max-h-[min(28rem,70dvh)] flex-col">
      <Command.Input
        placeholder={t("search")}
        className="h-11 w-full shrink-0 border-b bg-transparent px-3 text-base outline-none placeholder:text-muted-foreground md:text-sm"
      />
      <Command.List className="min-h-0 flex-1 overflow-y-auto overscroll-contain p-1">
        {loading ? (
          <Command.Loading>
            <div className="flex items-center gap-2 px-3 py-6 text-sm text-muted-foreground">
              <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
              {t("loading")}
            </div>
          </Command.Loading>
        ) : null}
        {error ? <p className="px-3 py-6 text-sm text-destructive">{error}</p> : null}
        {loading || error ? null : (
          <Command.Empty className="px-3 py-6 text-center text-sm text-muted-foreground">
            {t("noMatch")}
          </Command.Empty>
        )}
        {notice ? <p className="px-3 pb-1 pt-2 text-xs text-muted-foreground">{notice}</p> : null}
        {configs && configs.items.length > 0 && !loading && !error ? (
          <Command.Group heading={t("yourConfigs")} className={GROUP_CLASS}>
            {configs.items.map((item) => (
              <ConfigRow
                key={item.id}
                config={item}
                selected={item.id === configs.selectedId}
                onSelect={() => configs.onChoose(item)}
              />
            ))}
          </Command.Group>
        ) : null}
        {groups.map((group) => (
          <Command.Group key={group.provider} heading={group.provider} className={GROUP_CLASS}>
            {group.models.map((model) => (
              <ModelRow
                key={model.id}
                model={model}
                selected={model.id === selectedId}
                onSelect={() => onChoose(model.id)}
              />
            ))}
          </Command.Group>
        ))}
      </Command.List>
    </Command>
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
  const t = useTranslations("chat.modelPicker");
  const f = useFormat();
  const prices = t("prices", {
    input: f.perMillion(model.pricing.promptUsdPerToken),
    output: f.perMillion(model.pricing.completionUsdPerToken),
  });
  return (
    <Command.Item
      value={model.id}
      keywords={[model.name]}
      onSelect={onSelect}
      className={ROW_CLASS}
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
              aria-label={t("readsImages")}
            />
          ) : null}
        </div>
        <div className="truncate text-xs text-muted-foreground">{model.id}</div>
      </div>
      <div className="shrink-0 text-right text-xs text-muted-foreground">
        {model.contextLength ? (
          <div>{t("context", { tokens: f.tokens(model.contextLength) })}</div>
        ) : null}
        <div title={t("pricesHint")}>{prices}</div>
      </div>
    </Command.Item>
  );
}

function ConfigRow({
  config,
  selected,
  onSelect,
}: {
  config: ConfigDto;
  selected: boolean;
  onSelect: () => void;
}) {
  const t = useTranslations("chat.modelPicker");
  return (
    <Command.Item
      value={`config:${config.id}`}
      keywords={[config.name, config.description, config.modelName, ...config.tags]}
      onSelect={onSelect}
      className={ROW_CLASS}
    >
      <Check
        className={cn("mt-0.5 h-4 w-4 shrink-0", selected ? "opacity-100" : "opacity-0")}
        aria-hidden="true"
      />
      <span className="mt-px shrink-0 text-base leading-none" aria-hidden="true">
        {config.avatar}
      </span>
      <div className="min-w-0 flex-1">
        <div className="truncate font-medium">{config.name}</div>
        <div className="truncate text-xs text-muted-foreground">
          {config.modelName || config.modelId}
          {config.isOwn || !config.author
            ? ""
            : ` · ${t("author", { name: config.author.displayName })}`}
        </div>
      </div>
    </Command.Item>
  );
}
