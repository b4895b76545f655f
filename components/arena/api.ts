import { arenaSessionPath } from "@/lib/arena/client/stream-turn";
import type { ArenaSessionDto, ArenaSessionSummaryDto, LeaderboardDto } from "@/lib/arena/dto";
import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";

/** The server page renders the first page with the same size, so "Load more" continues it. */
export const ARENA_PAGE_SIZE = 30;

export function fetchArenaSessions(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ArenaSessionSummaryDto>> {
  const params = new URLSearchParams({ limit: String(ARENA_PAGE_SIZE) });
  if (cursor) params.set("cursor", cursor);
  return apiFetch(`/api/arena/sessions?${params}`, { signal });
}

export function fetchArenaSession(id: string, signal?: AbortSignal): Promise<ArenaSessionDto> {
  return apiFetch(arenaSessionPath(id), { signal });
}

export type LeaderboardFilter = Pick<LeaderboardDto, "kind" | "scope" | "votes">;

export function fetchLeaderboard(
  filter: LeaderboardFilter,
  signal?: AbortSignal,
): Promise<LeaderboardDto> {
  const params = new URLSearchParams({
    kind: filter.kind,
    scope: filter.scope,
    votes: filter.votes,
  });
  return apiFetch(`/api/arena/leaderboard?${params}`, { signal });
}
