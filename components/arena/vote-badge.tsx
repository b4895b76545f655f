import { Equal, ThumbsDown, Trophy } from "lucide-react";
import { useTranslations } from "next-intl";
import type { ArenaVoteDto } from "@/lib/arena/dto";

/** What the user's vote on a turn says about this panel's answer; nothing for a loser. */
export function VoteBadge({ vote, panel }: { vote: ArenaVoteDto; panel: number }) {
  const t = useTranslations("arena.voteBadge");
  if (vote.outcome === "win" && vote.winnerIndex !== panel) return null;
  const { Icon, text, tone } =
    vote.outcome === "win"
      ? {
          Icon: Trophy,
          text: t("pick"),
          tone: "border-amber-500/40 bg-amber-500/10 text-amber-700 dark:text-amber-300",
        }
      : vote.outcome === "tie"
        ? { Icon: Equal, text: t("tie"), tone: "text-muted-foreground" }
        : { Icon: ThumbsDown, text: t("bad"), tone: "text-muted-foreground" };
  return (
    <span
      className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 text-[11px] font-medium ${tone}`}
    >
      <Icon className="h-3 w-3" aria-hidden="true" />
      {text}
    </span>
  );
}
