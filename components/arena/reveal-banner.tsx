import { PartyPopper, Trophy } from "lucide-react";
import { useTranslations } from "next-intl";
import { DismissButton } from "@/components/common/dismiss-button";
import { voteChoiceOf } from "@/lib/arena/client/vote-choices";
import type { ArenaPanelDto, ArenaVoteDto } from "@/lib/arena/dto";
import { cn } from "@/lib/utils";
import { usePanelTitle, useVoteLabel } from "./use-arena-names";

interface RevealBannerProps {
  panels: readonly ArenaPanelDto[];
  vote: ArenaVoteDto;
  onDismiss: () => void;
}

/** Right after a blind vote: what was voted, and which model was behind each letter. */
export function RevealBanner({ panels, vote, onDismiss }: RevealBannerProps) {
  const t = useTranslations("arena.reveal");
  const panelTitle = usePanelTitle();
  const voteLabel = useVoteLabel();
  return (
    <section
      aria-label={t("region")}
      className="mb-2 rounded-2xl border border-primary/30 bg-primary/5 px-3 py-2.5 motion-safe:animate-in motion-safe:fade-in-0 motion-safe:slide-in-from-bottom-2"
    >
      <div className="flex items-start gap-2">
        <PartyPopper className="mt-0.5 h-4 w-4 shrink-0 text-primary" aria-hidden="true" />
        <p className="min-w-0 flex-1 text-sm">
          <span className="font-medium">
            {t("voted", { choice: voteLabel(voteChoiceOf(vote, panels)) })}
          </span>{" "}
          {t("whoWasWho")}
        </p>
        <DismissButton onDismiss={onDismiss} />
      </div>
      <ul className="mt-2 flex flex-wrap gap-2 pl-6">
        {panels.map((panel) => {
          const winner = vote.outcome === "win" && vote.winnerIndex === panel.index;
          return (
            <li
              key={panel.index}
              className={cn(
                "inline-flex items-center gap-1.5 rounded-full border bg-background px-2.5 py-1 text-sm",
                winner && "border-amber-500/50 bg-amber-500/10",
              )}
            >
              <span className="font-semibold">{panel.label}</span>
              <span aria-hidden="true">=</span>
              <span className="sr-only">{t("was")}</span>
              <span>{panelTitle(panel)}</span>
              {winner ? (
                <Trophy
                  className="h-3.5 w-3.5 text-amber-600 dark:text-amber-400"
                  aria-label={t("yourPick")}
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
