import type { AnyBulkWriteOperation } from "mongoose";
import type { PairResult } from "@/lib/arena/bradley-terry";
import { ArenaTally, type ArenaTallyDoc, type TallyKind } from "@/models/arena-tally";
import type { ArenaVoteDoc } from "@/models/arena-vote";

type VoteFacts = Pick<ArenaVoteDoc, "outcome" | "winner_index" | "model_ids" | "config_ids">;

/**
 * The pairwise results one vote stands for. A win beats every other panel
 * (the losers are not ranked among themselves); a tie and "all bad" tie
 * every pair. Panels with the same model, or without a config when ranking
 * configs, are left out.
 */
export function votePairs(vote: VoteFacts, kind: TallyKind): PairResult[] {
  const keys =
    kind === "model" ? vote.model_ids : vote.config_ids.map((id) => id?.toString() ?? null);
  const pairs: PairResult[] = [];
  const add = (
    x: string | null | undefined,
    y: string | null | undefined,
    xWins: number,
    ties: number,
  ) => {
    if (!x || !y || x === y) return;
    const [a, b] = x < y ? [x, y] : [y, x];
    const aWon = x === a ? xWins : 0;
    const bWon = x === b ? xWins : 0;
    pairs.push({ a, b, aWins: aWon, bWins: bWon, ties });
  };
  if (vote.outcome === "win" && vote.winner_index !== null) {
    const winner = keys[vote.winner_index];
    keys.forEach((other, index) => {
      if (index !== vote.winner_index) add(winner, other, 1, 0);
    });
  } else {
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) add(keys[i], keys[j], 0, 1);
    }
  }
  return pairs;
}

/** Sums pair results with the same two sides. */
export function sumPairs(pairs: PairResult[]): PairResult[] {
  const sums = new Map<string, PairResult>();
  for (const pair of pairs) {
    const key = JSON.stringify([pair.a, pair.b]);
    const sum = sums.get(key) ?? { a: pair.a, b: pair.b, aWins: 0, bWins: 0, ties: 0 };
    sum.aWins += pair.aWins;
    sum.bWins += pair.bWins;
    sum.ties += pair.ties;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** Adds a vote to everyone's tallies: one upsert with $inc per pair, in one round trip. */
export async function recordTallies(vote: VoteFacts): Promise<void> {
  const operations: AnyBulkWriteOperation<ArenaTallyDoc>[] = [];
  for (const kind of ["model", "config"] as const) {
    for (const pair of votePairs(vote, kind)) {
      operations.push({
        updateOne: {
          filter: { kind, a: pair.a, b: pair.b },
          update: { $inc: { a_wins: pair.aWins, b_wins: pair.bWins, ties: pair.ties } },
          upsert: true,
        },
      });
    }
  }
  if (operations.length > 0) await ArenaTally.bulkWrite(operations, { ordered: false });
}
