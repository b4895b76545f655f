import { Bookmark, GitFork, MessageSquare } from "lucide-react";
import type { ConfigDto } from "@/lib/configs/dto";

const count = new Intl.NumberFormat("en", { notation: "compact" });

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

export function ConfigStats({ stats }: { stats: ConfigDto["stats"] }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted-foreground">
      <span className="inline-flex items-center gap-1">
        <MessageSquare className="h-3.5 w-3.5" aria-hidden="true" />
        {plural(stats.usesCount, "use", "uses")}
      </span>
      <span className="inline-flex items-center gap-1">
        <Bookmark className="h-3.5 w-3.5" aria-hidden="true" />
        {plural(stats.savesCount, "save", "saves")}
      </span>
      <span className="inline-flex items-center gap-1">
        <GitFork className="h-3.5 w-3.5" aria-hidden="true" />
        {plural(stats.forksCount, "fork", "forks")}
      </span>
    </p>
  );
}
