import Link from "next/link";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { BlindBadge } from "./blind-badge";
import { SessionMenu } from "./session-menu";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function SessionRow({ session }: { session: ArenaSessionSummaryDto }) {
  return (
    <li className="relative flex items-center gap-3 p-4 focus-within:bg-muted/40 hover:bg-muted/40">
      <div className="min-w-0 flex-1">
        <div className="flex min-w-0 items-center gap-2">
          <Link
            href={`/arena/${session.id}`}
            className="truncate text-sm font-medium after:absolute after:inset-0 focus-visible:outline-none focus-visible:after:rounded-xl focus-visible:after:ring-2 focus-visible:after:ring-ring"
          >
            {session.title}
          </Link>
          <BlindBadge session={session} />
        </div>
        <p className="mt-0.5 text-xs text-muted-foreground">
          {plural(session.panelCount, "panel", "panels")} ·{" "}
          {plural(session.turnCount, "prompt", "prompts")} ·{" "}
          {dateFormat.format(new Date(session.updatedAt))}
        </p>
      </div>
      {/* Above the row's link, so the menu opens instead of the comparison. */}
      <div className="relative z-10 shrink-0">
        <SessionMenu session={session} />
      </div>
    </li>
  );
}
