import { describe, expect, it } from "vitest";
import { fitRatings } from "@/lib/arena/bradley-terry";

const ELO = 400 / Math.LN10;
const NO_PRIOR = { priorPrecision: 1e-9 };

describe("Bradley–Terry ratings", () => {
  it("rate 3 wins to 1 as 400·log10(3) apart, centred on 1000", () => {
    const [a, b] = fitRatings([{ a: "a", b: "b", aWins: 3, bWins: 1, ties: 0 }], NO_PRIOR);
    // The maximum-likelihood odds are 3:1, so θa − θb = ln 3.
    expect(a?.key).toBe("a");
    expect((a?.rating ?? 0) - (b?.rating ?? 0)).toBeCloseTo(400 * Math.log10(3), 3);
    expect(((a?.rating ?? 0) + (b?.rating ?? 0)) / 2).toBeCloseTo(1000, 3);
    // Fisher information of θa − θb is n·p·(1 − p) = 4 · 3/4 · 1/4 = 3/4; each
    // rating against the mean carries a quarter of its variance 4/3, so 1/3.
    const margin = 1.959964 * ELO * Math.sqrt(1 / 3);
    expect((a?.ciHigh ?? 0) - (a?.rating ?? 0)).toBeCloseTo(margin, 2);
    expect(a).toMatchObject({ wins: 3, losses: 1, ties: 0, battles: 4 });
    expect(b).toMatchObject({ wins: 1, losses: 3, ties: 0, battles: 4 });
  });

  it("count a tie as half a win each way", () => {
    const ratings = fitRatings([{ a: "x", b: "y", aWins: 1, bWins: 0, ties: 2 }], NO_PRIOR);
    // 1 + 2/2 = 2 points of 3: odds 2:1.
    const [x, y] = ratings;
    expect((x?.rating ?? 0) - (y?.rating ?? 0)).toBeCloseTo(400 * Math.log10(2), 3);
    expect(x).toMatchObject({ wins: 1, ties: 2, losses: 0 });
  });

  it("satisfy the likelihood equations on a three-way example", () => {
    const pairs = [
      { a: "a", b: "b", aWins: 2, bWins: 1, ties: 0 },
      { a: "b", b: "c", aWins: 3, bWins: 1, ties: 1 },
      { a: "a", b: "c", aWins: 4, bWins: 0, ties: 0 },
    ];
    const ratings = new Map(fitRatings(pairs, NO_PRIOR).map((r) => [r.key, r.rating]));
    expect([...ratings.keys()]).toEqual(["a", "b", "c"]);
    // At the fit, each entity's expected score equals its actual score.
    const expected = (i: string, j: string) =>
      1 / (1 + 10 ** (((ratings.get(j) ?? 0) - (ratings.get(i) ?? 0)) / 400));
    const aExpected = 3 * expected("a", "b") + 4 * expected("a", "c");
    const cExpected = 5 * expected("c", "b") + 4 * expected("c", "a");
    expect(aExpected).toBeCloseTo(2 + 4, 6);
    expect(cExpected).toBeCloseTo(1 + 0.5 + 0, 6);
  });

  it("keep an unbeaten entity finite and its interval wide", () => {
    const [winner, loser] = fitRatings([{ a: "w", b: "l", aWins: 2, bWins: 0, ties: 0 }]);
    expect(Number.isFinite(winner?.rating)).toBe(true);
    expect(winner?.rating).toBeGreaterThan(loser?.rating ?? Number.POSITIVE_INFINITY);
    expect((winner?.ciHigh ?? 0) - (winner?.ciLow ?? 0)).toBeGreaterThan(200);
  });

  it("return nothing without votes", () => {
    expect(fitRatings([])).toEqual([]);
  });
});
