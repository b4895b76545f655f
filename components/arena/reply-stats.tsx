import { panelStats } from "@/lib/arena/client/panel-stats";
import type { ArenaReplyMetadataDto } from "@/lib/arena/dto";

/** Time to first token, speed, tokens and cost under a finished answer. */
export function ReplyStats({ metadata }: { metadata: ArenaReplyMetadataDto }) {
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground">
      {panelStats(metadata).map((stat) => (
        <div key={stat.label} className="flex gap-1" title={stat.label}>
          <dt>
            <span aria-hidden="true">{stat.short}</span>
            <span className="sr-only">{stat.label}</span>
          </dt>
          <dd className="font-medium tabular-nums text-foreground/80">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
