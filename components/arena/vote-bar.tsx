"use client";

import { Equal, ThumbsDown, Trophy } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { type VoteChoice, voteChoices } from "@/lib/arena/client/vote-choices";
import type { ArenaPanelDto } from "@/lib/arena/dto";
import { useVoteLabel } from "./use-arena-names";

interface VoteBarProps {
  panels: readonly ArenaPanelDto[];
  /** The names are hidden: voting shows them. */
  hidden: boolean;
  pending: boolean;
  onVote: (choice: VoteChoice) => void;
}

/** The buttons that judge the last prompt's answers, once every panel has finished. */
export function VoteBar({ panels, hidden, pending, onVote }: VoteBarProps) {
  const t = useTranslations("arena.vote");
  const voteLabel = useVoteLabel();
  return (
    <section
      aria-label={t("region")}
      className="mb-2 rounded-2xl border bg-muted/40 px-3 py-2.5 motion-safe:animate-in motion-safe:fade-in-0"
    >
      <p className="text-sm font-medium">
        {panels.length === 2 ? t("questionTwo") : t("questionMany")}{" "}
        <span className="font-normal text-muted-foreground">
          {hidden ? t("hiddenHint") : t("namedHint")}
        </span>
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        {voteChoices(panels).map((choice) => (
          <Button
            key={`${choice.words}-${choice.letter}`}
            type="button"
            size="sm"
            variant={choice.outcome === "win" ? "default" : "outline"}
            disabled={pending}
            onClick={() => onVote(choice)}
          >
            {choice.outcome === "win" ? (
              <Trophy aria-hidden="true" />
            ) : choice.outcome === "tie" ? (
              <Equal aria-hidden="true" />
            ) : (
              <ThumbsDown aria-hidden="true" />
            )}
            {voteLabel(choice)}
          </Button>
        ))}
      </div>
    </section>
  );
}
