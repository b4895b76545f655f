import { type ReactNode, useId } from "react";
import type { ConfigDto } from "@/lib/configs/dto";
import { ConfigAvatar } from "./config-avatar";
import { ConfigStats } from "./config-stats";
import { ConfigTags } from "./config-tags";
import { ForkedFrom } from "./forked-from";

interface ConfigCardProps {
  config: ConfigDto;
  /** Badges beside the name: visibility, "Saved", "Template". */
  badges?: ReactNode;
  /** A line under the model, e.g. the author. */
  byline?: ReactNode;
  /** Makes each tag a filter button (the gallery). */
  onPickTag?: (tag: string) => void;
  activeTag?: string;
  actions: ReactNode;
}

/** The one look of a config in a list: My configs and the gallery differ only in badges and actions. */
export function ConfigCard({
  config,
  badges,
  byline,
  onPickTag,
  activeTag,
  actions,
}: ConfigCardProps) {
  const titleId = useId();
  return (
    <article
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-3 rounded-xl border bg-card p-4 text-card-foreground shadow-sm"
    >
      <div className="flex items-start gap-3">
        <ConfigAvatar emoji={config.avatar} />
        <div className="min-w-0 flex-1">
          <div className="flex items-start justify-between gap-2">
            <h3 id={titleId} className="min-w-0 break-words font-semibold leading-tight">
              {config.name}
            </h3>
            {badges ? <div className="flex shrink-0 flex-wrap gap-1">{badges}</div> : null}
          </div>
          <p className="mt-1 truncate text-xs text-muted-foreground" title={config.modelId}>
            {config.modelName || config.modelId}
          </p>
          {byline ? (
            <p className="mt-0.5 truncate text-xs text-muted-foreground">{byline}</p>
          ) : null}
          {config.forkedFrom ? <ForkedFrom source={config.forkedFrom} /> : null}
        </div>
      </div>
      {config.description ? (
        <p className="line-clamp-3 text-sm text-muted-foreground">{config.description}</p>
      ) : null}
      <ConfigTags tags={config.tags} onPick={onPickTag} active={activeTag} />
      <div className="mt-auto space-y-3 pt-1">
        <ConfigStats stats={config.stats} />
        <div className="flex flex-wrap items-center gap-2">{actions}</div>
      </div>
    </article>
  );
}
