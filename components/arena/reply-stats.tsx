import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import { panelStats } from "@/lib/arena/client/panel-stats";
import type { ArenaReplyMetadataDto } from "@/lib/arena/dto";

/** Time to first token, speed, tokens and cost under a finished answer. */
export function ReplyStats({ metadata }: { metadata: ArenaReplyMetadataDto }) {
  const t = useTranslations("arena.stats");
  const f = useFormat();
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-xs text-muted-foreground">
      {panelStats(metadata, f).map((stat) => (
        <div key={stat.key} className="flex gap-1" title={t(`${stat.key}.label`)}>
          <dt>
            <span aria-hidden="true">{t(`${stat.key}.short`)}</span>
            <span className="sr-only">{t(`${stat.key}.label`)}</span>
          </dt>
          <dd className="font-medium tabular-nums text-foreground/80">{stat.value}</dd>
        </div>
      ))}
    </dl>
  );
}
