import { Bookmark, GitFork, MessageSquare } from "lucide-react";
import { useFormatter, useTranslations } from "next-intl";
import type { ConfigDto } from "@/lib/configs/dto";

export function ConfigStats({ stats }: { stats: ConfigDto["stats"] }) {
  const t = useTranslations("configs.card");
  const format = useFormatter();
  // Short forms ("1.2K") keep a card's line of counts on one line.
  const counted = (count: number) => ({
    count,
    shown: format.number(count, { notation: "compact" }),
  });
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
      <span className="inline-flex items-center gap-1">
        <MessageSquare className="h-3.5 w-3.5" aria-hidden="true" />
        {t("uses", counted(stats.usesCount))}
      </span>
      <span className="inline-flex items-center gap-1">
        <Bookmark className="h-3.5 w-3.5" aria-hidden="true" />
        {t("saves", counted(stats.savesCount))}
      </span>
      <span className="inline-flex items-center gap-1">
        <GitFork className="h-3.5 w-3.5" aria-hidden="true" />
        {t("forks", counted(stats.forksCount))}
      </span>
    </p>
  );
}
