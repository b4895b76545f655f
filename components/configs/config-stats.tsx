import { Bookmark, MessageSquare } from "lucide-react";

const count = new Intl.NumberFormat("en", { notation: "compact" });

function plural(n: number, one: string, many: string): string {
  return `${count.format(n)} ${n === 1 ? one : many}`;
}

export function ConfigStats({ uses, saves }: { uses: number; saves: number }) {
  return (
    <p className="flex items-center gap-3 text-xs text-muted-foreground">
      <span className="inline-flex items-center gap-1">
        <MessageSquare className="h-3.5 w-3.5" aria-hidden="true" />
        {plural(uses, "use", "uses")}
      </span>
      <span className="inline-flex items-center gap-1">
        <Bookmark className="h-3.5 w-3.5" aria-hidden="true" />
        {plural(saves, "save", "saves")}
      </span>
    </p>
  );
}
