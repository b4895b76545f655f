import type { AnyBulkWriteOperation } from "mongoose";
import type { PairResult } from "@/lib/arena/bradley-terry";
import { ArenaTally, type ArenaTallyDoc, TALLY_KINDS, type TallyKind } from "@/models/arena-tally";
import type { ArenaVoteDoc } from "@/models/arena-vote";

type VoteFacts = Pick<
  ArenaVoteDoc,
  "outcome" | "winner_index" | "model_ids" | "config_ids" | "blind"
>;

/** One tally document's identity and counters: what a vote adds to it, or what it holds. */
export type TallyRow = Pick<
  ArenaTallyDoc,
  "kind" | "blind" | "a" | "b" | "a_wins" | "b_wins" | "ties" | "votes"
>;

/**
 * The pairwise results ("battles") one vote stands for. A win beats every
 * other panel (the losers are not ranked among themselves); a tie and "all
 * bad" tie every pair. Panels with the same model, or without a config when
 * ranking configs, are left out.
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
function sumPairs(pairs: PairResult[]): PairResult[] {
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

/**
 * What one vote adds to the tallies, per kind: one vote to the board and to
 * each entry in its battles (so the best of three is one vote for each of
 * the three), and its battles to each pair. A vote with no battle of a kind
 * (every panel the same model, say) adds nothing to that kind.
 */
export function voteTallies(vote: VoteFacts): TallyRow[] {
  const blind = vote.blind === true;
  const rows: TallyRow[] = [];
  const none = { a_wins: 0, b_wins: 0, ties: 0 };
  for (const kind of TALLY_KINDS) {
    const pairs = sumPairs(votePairs(vote, kind));
    if (pairs.length === 0) continue;
    rows.push({ kind, blind, a: null, b: null, ...none, votes: 1 });
    for (const key of new Set(pairs.flatMap((pair) => [pair.a, pair.b]))) {
      rows.push({ kind, blind, a: key, b: null, ...none, votes: 1 });
    }
    for (const { a, b, aWins, bWins, ties } of pairs) {
      rows.push({ kind, blind, a, b, a_wins: aWins, b_wins: bWins, ties, votes: 1 });
    }
  }
  return rows;
}

/** What a board shows, summed from tally rows of one kind (blind and named alike). */
export interface BoardFigures {
  pairs: PairResult[];
  votesByEntry: Map<string, number>;
  totalVotes: number;
}

export function sumTallies(rows: readonly TallyRow[]): BoardFigures {
  const pairs: PairResult[] = [];
  const votesByEntry = new Map<string, number>();
  let totalVotes = 0;
  for (const row of rows) {
    if (row.a !== null && row.b !== null) {
      pairs.push({ a: row.a, b: row.b, aWins: row.a_wins, bWins: row.b_wins, ties: row.ties });
    } else if (row.a !== null) {
      votesByEntry.set(row.a, (votesByEntry.get(row.a) ?? 0) + row.votes);
    } else {
      totalVotes += row.votes;
    }
  }
  return { pairs: sumPairs(pairs), votesByEntry, totalVotes };
}

/** Adds a vote to everyone's tallies: one upsert with $inc per document, in one round trip. */
export async function recordTallies(vote: VoteFacts): Promise<void> {
  const operations: AnyBulkWriteOperation<ArenaTallyDoc>[] = voteTallies(vote).map(
    ({ kind, blind, a, b, ...counters }) => ({
      updateOne: {
        filter: { kind, blind, a, b },
        update: { $inc: counters },
        upsert: true,
      },
    }),
  );
  if (operations.length > 0) await ArenaTally.bulkWrite(operations, { ordered: false });
}
