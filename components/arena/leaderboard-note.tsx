import { useTranslations } from "next-intl";
import type { LeaderboardDto } from "@/lib/arena/dto";

/** Under the table: which votes count, and how votes differ from battles. */
export function LeaderboardNote({ board }: { board: LeaderboardDto }) {
  const t = useTranslations("arena.leaderboard.note");
  return (
    <div className="space-y-1.5 text-xs text-muted-foreground">
      <p>{t(board.votes === "blind" ? "blind" : "all", { count: board.totalVotes })}</p>
      <p>
        {t.rich("method", {
          term: (chunks) => <span className="font-medium text-foreground">{chunks}</span>,
        })}
      </p>
    </div>
  );
}
