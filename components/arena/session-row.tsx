import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { BlindBadge } from "./blind-badge";
import { SessionMenu } from "./session-menu";

export function SessionRow({ session }: { session: ArenaSessionSummaryDto }) {
  const t = useTranslations("arena.sessions");
  const f = useFormat();
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
          {t("summary", {
            panels: session.panelCount,
            prompts: session.turnCount,
            date: f.date(session.updatedAt),
          })}
        </p>
      </div>
      {/* Above the row's link, so the menu opens instead of the comparison. */}
      <div className="relative z-10 shrink-0">
        <SessionMenu session={session} />
      </div>
    </li>
  );
}
