/**
 * Bradley–Terry ratings from pairwise results: P(i beats j) = σ(θi − θj),
 * fitted by Newton's method with a weak Gaussian prior (which keeps an
 * unbeaten entity finite), shown on the Elo scale. A tie counts as half a
 * win each way. Confidence intervals come from the curvature at the fit,
 * with the common shift of every rating (which the data cannot see) removed.
 */

export interface PairResult {
  a: string;
  b: string;
  aWins: number;
  bWins: number;
  ties: number;
}

export interface Rating {
  key: string;
  rating: number;
  ciLow: number;
  ciHigh: number;
  wins: number;
  ties: number;
  losses: number;
  /** Pairwise comparisons: wins + ties + losses. */
  battles: number;
}

const ELO_SCALE = 400 / Math.LN10;
const BASE_RATING = 1000;
const Z_95 = 1.959964;

/** A dense n×n matrix; small here (one row per model or config that has votes). */
class Matrix {
  readonly data: Float64Array;
  constructor(readonly n: number) {
    this.data = new Float64Array(n * n);
  }
  get(i: number, j: number): number {
    return this.data[i * this.n + j] ?? 0;
  }
  add(i: number, j: number, value: number): void {
    this.data[i * this.n + j] = this.get(i, j) + value;
  }
}

export function fitRatings(pairs: PairResult[], { priorPrecision = 0.05 } = {}): Rating[] {
  const keys = [...new Set(pairs.flatMap((pair) => [pair.a, pair.b]))].sort();
  const n = keys.length;
  if (n === 0) return [];
  const index = new Map(keys.map((key, i) => [key, i]));
  // games: comparisons between i and j; score: i's wins over j plus half the ties.
  const games = new Matrix(n);
  const score = new Matrix(n);
  const record = keys.map(() => ({ wins: 0, ties: 0, losses: 0 }));
  for (const pair of pairs) {
    const i = index.get(pair.a) ?? 0;
    const j = index.get(pair.b) ?? 0;
    const [ri, rj] = [record[i], record[j]];
    if (i === j || !ri || !rj) continue;
    const total = pair.aWins + pair.bWins + pair.ties;
    games.add(i, j, total);
    games.add(j, i, total);
    score.add(i, j, pair.aWins + pair.ties / 2);
    score.add(j, i, pair.bWins + pair.ties / 2);
    ri.wins += pair.aWins;
    ri.losses += pair.bWins;
    ri.ties += pair.ties;
    rj.wins += pair.bWins;
    rj.losses += pair.aWins;
    rj.ties += pair.ties;
  }

  const theta = new Float64Array(n);
  let information = new Matrix(n);
  for (let iteration = 0; iteration < 100; iteration++) {
    const gradient = new Float64Array(n);
    information = new Matrix(n);
    for (let i = 0; i < n; i++) {
      const ti = theta[i] ?? 0;
      gradient[i] = -priorPrecision * ti;
      information.add(i, i, priorPrecision);
      for (let j = 0; j < n; j++) {
        const played = games.get(i, j);
        if (i === j || played === 0) continue;
        const p = 1 / (1 + Math.exp((theta[j] ?? 0) - ti));
        gradient[i] = (gradient[i] ?? 0) + score.get(i, j) - played * p;
        const weight = played * p * (1 - p);
        information.add(i, i, weight);
        information.add(i, j, -weight);
      }
    }
    const step = solve(information, gradient);
    let largest = 0;
    for (let i = 0; i < n; i++) {
      const delta = step[i] ?? 0;
      theta[i] = (theta[i] ?? 0) + delta;
      largest = Math.max(largest, Math.abs(delta));
    }
    if (largest < 1e-10) break;
  }

  const covariance = withoutCommonShift(invert(information));
  return keys
    .map((key, i) => {
      const rating = BASE_RATING + ELO_SCALE * (theta[i] ?? 0);
      const margin = Z_95 * ELO_SCALE * Math.sqrt(Math.max(covariance.get(i, i), 0));
      const { wins, ties, losses } = record[i] ?? { wins: 0, ties: 0, losses: 0 };
      return {
        key,
        rating,
        ciLow: rating - margin,
        ciHigh: rating + margin,
        wins,
        ties,
        losses,
        battles: wins + ties + losses,
      };
    })
    .sort((x, y) => y.rating - x.rating || x.key.localeCompare(y.key));
}

/** P C P with P = I − J/n: the covariance of ratings measured against their mean. */
function withoutCommonShift(c: Matrix): Matrix {
  const { n } = c;
  const rowMean = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += c.get(i, j);
    rowMean[i] = sum / n;
  }
  const total = rowMean.reduce((sum, v) => sum + v, 0) / n;
  const result = new Matrix(n);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      result.add(i, j, c.get(i, j) - (rowMean[i] ?? 0) - (rowMean[j] ?? 0) + total);
    }
  }
  return result;
}

/** Solves m·x = b by Gauss–Jordan elimination; `m` is symmetric positive definite here. */
function solve(m: Matrix, b: Float64Array): Float64Array {
  const { n } = m;
  const a = new Matrix(n);
  a.data.set(m.data);
  const x = Float64Array.from(b);
  for (let col = 0; col < n; col++) {
    const pivot = a.get(col, col);
    for (let r = 0; r < n; r++) {
      if (r === col) continue;
      const factor = a.get(r, col) / pivot;
      if (factor === 0) continue;
      for (let k = col; k < n; k++) a.add(r, k, -factor * a.get(col, k));
      x[r] = (x[r] ?? 0) - factor * (x[col] ?? 0);
    }
  }
  for (let i = 0; i < n; i++) x[i] = (x[i] ?? 0) / a.get(i, i);
  return x;
}

function invert(m: Matrix): Matrix {
  const { n } = m;
  const inverse = new Matrix(n);
  for (let j = 0; j < n; j++) {
    const unit = new Float64Array(n);
    unit[j] = 1;
    const column = solve(m, unit);
    for (let i = 0; i < n; i++) inverse.add(i, j, column[i] ?? 0);
  }
  return inverse;
}
