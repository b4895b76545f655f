import { Types } from "mongoose";
import { describe, expect, it } from "vitest";
import { fitRatings } from "@/lib/arena/bradley-terry";
import { sumTallies, type TallyRow, votePairs, voteTallies } from "@/lib/arena/tally";
import type { ArenaVoteDoc } from "@/models/arena-vote";

type Vote = Pick<ArenaVoteDoc, "outcome" | "winner_index" | "model_ids" | "config_ids" | "blind">;

function vote(models: string[], outcome: Vote["outcome"], winner: number | null, blind = true) {
  return {
    model_ids: models,
    config_ids: models.map(() => null),
    outcome,
    winner_index: winner,
    blind,
  } satisfies Vote;
}

/** A row as [a, b, a_wins, b_wins, ties, votes], for tables that read at a glance. */
const brief = (row: TallyRow) => [row.a, row.b, row.a_wins, row.b_wins, row.ties, row.votes];

/** Each entry's votes and battles, as the leaderboard shows them. */
function board(rows: TallyRow[]) {
  const figures = sumTallies(rows);
  return {
    totalVotes: figures.totalVotes,
    entries: fitRatings(figures.pairs)
      .map((r) => ({
        key: r.key,
        votes: figures.votesByEntry.get(r.key),
        battles: r.battles,
        wins: r.wins,
        ties: r.ties,
        losses: r.losses,
      }))
      .sort((x, y) => x.key.localeCompare(y.key)),
  };
}

describe("what one vote adds to the tallies", () => {
  it("counts the best of three as one vote for each of the three, and two battles won", () => {
    const rows = voteTallies(vote(["m/one", "m/two", "m/three"], "win", 1));
    expect(rows.every((row) => row.kind === "model" && row.blind)).toBe(true);
    // m/one < m/three < m/two as strings.
    expect(rows.map(brief)).toEqual([
      [null, null, 0, 0, 0, 1],
      ["m/one", null, 0, 0, 0, 1],
      ["m/two", null, 0, 0, 0, 1],
      ["m/three", null, 0, 0, 0, 1],
      ["m/one", "m/two", 0, 1, 0, 1],
      ["m/three", "m/two", 0, 1, 0, 1],
    ]);
    expect(board(rows)).toEqual({
      totalVotes: 1,
      entries: [
        { key: "m/one", votes: 1, battles: 1, wins: 0, ties: 0, losses: 1 },
        { key: "m/three", votes: 1, battles: 1, wins: 0, ties: 0, losses: 1 },
        { key: "m/two", votes: 1, battles: 2, wins: 2, ties: 0, losses: 0 },
      ],
    });
  });

  it("counts a three-way tie as one vote each and a tied battle for every pair", () => {
    const rows = voteTallies(vote(["a", "b", "c"], "both_bad", null, false));
    expect(rows.every((row) => !row.blind)).toBe(true);
    expect(board(rows).entries).toEqual([
      { key: "a", votes: 1, battles: 2, wins: 0, ties: 2, losses: 0 },
      { key: "b", votes: 1, battles: 2, wins: 0, ties: 2, losses: 0 },
      { key: "c", votes: 1, battles: 2, wins: 0, ties: 2, losses: 0 },
    ]);
  });

  it("counts a model shown twice as one vote, each of its panels a battle", () => {
    const rows = voteTallies(vote(["a", "a", "b"], "win", 2));
    expect(votePairs(vote(["a", "a", "b"], "win", 2), "model")).toHaveLength(2);
    expect(rows.map(brief)).toEqual([
      [null, null, 0, 0, 0, 1],
      ["a", null, 0, 0, 0, 1],
      ["b", null, 0, 0, 0, 1],
      ["a", "b", 0, 2, 0, 1],
    ]);
  });

  it("adds nothing for a kind with no battle", () => {
    expect(voteTallies(vote(["a", "a"], "tie", null))).toEqual([]);
    // Configs: the winner is a plain model, so no config beat or lost to another.
    const c1 = new Types.ObjectId();
    const c2 = new Types.ObjectId();
    const rows = voteTallies({
      ...vote(["a", "b", "c"], "win", 0),
      config_ids: [null, c1, c2],
    });
    expect(rows.filter((row) => row.kind === "config")).toEqual([]);
    expect(rows.filter((row) => row.kind === "model")).toHaveLength(1 + 3 + 2);
  });

  it("ranks configs by id, leaving plain-model panels out", () => {
    const [low, high] = [new Types.ObjectId(), new Types.ObjectId()]
      .map((id) => id.toString())
      .sort();
    const rows = voteTallies({
      ...vote(["a", "b", "c"], "win", 2),
      config_ids: [null, new Types.ObjectId(low), new Types.ObjectId(high)],
    }).filter((row) => row.kind === "config");
    expect(rows.map(brief)).toEqual([
      [null, null, 0, 0, 0, 1],
      [low, null, 0, 0, 0, 1],
      [high, null, 0, 0, 0, 1],
      [low, high, 0, 1, 0, 1],
    ]);
  });
});

describe("summing tallies", () => {
  it("adds blind and named tallies of the same pair and entry", () => {
    const rows = [
      ...voteTallies(vote(["a", "b", "c"], "win", 0, true)),
      ...voteTallies(vote(["a", "b"], "tie", null, false)),
      ...voteTallies(vote(["b", "c"], "win", 1, false)),
    ];
    const figures = sumTallies(rows);
    expect(figures.totalVotes).toBe(3);
    expect(Object.fromEntries(figures.votesByEntry)).toEqual({ a: 2, b: 3, c: 2 });
    expect(figures.pairs).toEqual([
      { a: "a", b: "b", aWins: 1, bWins: 0, ties: 1 },
      { a: "a", b: "c", aWins: 1, bWins: 0, ties: 0 },
      { a: "b", b: "c", aWins: 0, bWins: 1, ties: 0 },
    ]);
    expect(board(rows).entries).toEqual([
      { key: "a", votes: 2, battles: 3, wins: 2, ties: 1, losses: 0 },
      { key: "b", votes: 3, battles: 3, wins: 0, ties: 1, losses: 2 },
      { key: "c", votes: 2, battles: 2, wins: 1, ties: 0, losses: 1 },
    ]);
  });
});
