import type { ArenaPanelDto, ArenaVoteDto } from "@/lib/arena/dto";

export interface VoteChoice {
  /** The button's words (arena.vote.choices): "A is better", "Tie", "All are bad". */
  words: "better" | "best" | "tie" | "bothBad" | "allBad";
  /** The winning panel's letter, for "better" and "best". */
  letter: string | null;
  outcome: ArenaVoteDto["outcome"];
  winnerIndex: number | null;
}

type PanelLetter = Pick<ArenaPanelDto, "index" | "label">;

/**
 * The votes a turn offers, as LMArena words them: with two panels one is
 * "better", with more one is "best".
 */
export function voteChoices(panels: readonly PanelLetter[]): VoteChoice[] {
  const two = panels.length === 2;
  return [
    ...panels.map((panel) => ({
      words: two ? ("better" as const) : ("best" as const),
      letter: panel.label,
      outcome: "win" as const,
      winnerIndex: panel.index,
    })),
    { words: "tie", letter: null, outcome: "tie", winnerIndex: null },
    { words: two ? "bothBad" : "allBad", letter: null, outcome: "both_bad", winnerIndex: null },
  ];
}

/** The button that cast this vote, e.g. "B is best"; null for a vote no button casts. */
export function voteChoiceOf(
  vote: ArenaVoteDto,
  panels: readonly PanelLetter[],
): VoteChoice | null {
  return (
    voteChoices(panels).find(
      (candidate) =>
        candidate.outcome === vote.outcome &&
        (vote.outcome !== "win" || candidate.winnerIndex === vote.winnerIndex),
    ) ?? null
  );
}
