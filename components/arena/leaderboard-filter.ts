import { firstParam, type SearchParams } from "@/components/common/search-params";
import type { LeaderboardFilter } from "./data";

const DEFAULT_LEADERBOARD_FILTER: LeaderboardFilter = {
  kind: "model",
  scope: "all",
  votes: "all",
};

// The API's own values (lib/arena/schemas.ts): that module is server-side.
const ALLOWED: { [K in keyof LeaderboardFilter]: readonly LeaderboardFilter[K][] } = {
  kind: ["model", "config"],
  scope: ["all", "mine"],
  votes: ["all", "blind"],
};

function pick<K extends keyof LeaderboardFilter>(key: K, params: SearchParams) {
  const value = firstParam(params[key]);
  return ALLOWED[key].find((allowed) => allowed === value) ?? DEFAULT_LEADERBOARD_FILTER[key];
}

/** The board in a URL; a hand-edited value falls back to the default instead of an error page. */
export function parseLeaderboardFilter(params: SearchParams): LeaderboardFilter {
  return { kind: pick("kind", params), scope: pick("scope", params), votes: pick("votes", params) };
}

/** The filter as URL parameters, without the defaults, so the plain page keeps its plain URL. */
export function leaderboardUrlQuery(filter: LeaderboardFilter): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of ["kind", "scope", "votes"] as const) {
    if (filter[key] !== DEFAULT_LEADERBOARD_FILTER[key]) query[key] = filter[key];
  }
  return query;
}
