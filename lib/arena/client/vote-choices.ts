import type { ArenaPanelDto, ArenaVoteDto } from "@/lib/arena/dto";

export interface VoteChoice {
  /** The button's text: "A is better", "Tie", "All are bad". */
  label: string;
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
      label: `${panel.label} is ${two ? "better" : "best"}`,
      outcome: "win" as const,
      winnerIndex: panel.index,
    })),
    { label: "Tie", outcome: "tie", winnerIndex: null },
    { label: two ? "Both are bad" : "All are bad", outcome: "both_bad", winnerIndex: null },
  ];
}

/** The words of the button that cast this vote, e.g. "B is best". */
export function voteLabel(vote: ArenaVoteDto, panels: readonly PanelLetter[]): string {
  const choice = voteChoices(panels).find(
    (candidate) =>
      candidate.outcome === vote.outcome &&
      (vote.outcome !== "win" || candidate.winnerIndex === vote.winnerIndex),
  );
  return choice?.label ?? "Voted";
}
