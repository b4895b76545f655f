"use client";

import {
  type InfiniteData,
  keepPreviousData,
  useInfiniteQuery,
  useQuery,
  useQueryClient,
} from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import {
  continueArenaPanelAction,
  deleteArenaSessionAction,
  renameArenaSessionAction,
  voteArenaAction,
} from "@/app/(app)/arena/actions";
import { ActionError, errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { arenaSessionPath } from "@/lib/arena/client/stream-turn";
import type { VoteChoice } from "@/lib/arena/client/vote-choices";
import type { ArenaSessionDto, ArenaSessionSummaryDto, LeaderboardDto } from "@/lib/arena/dto";
import { ARENA_PAGE_SIZE } from "@/lib/arena/shared/page-size";
import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";

function fetchArenaSessions(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ArenaSessionSummaryDto>> {
  const params = new URLSearchParams({ limit: String(ARENA_PAGE_SIZE) });
  if (cursor) params.set("cursor", cursor);
  return apiFetch(`/api/arena/sessions?${params}`, { signal });
}

function fetchArenaSession(id: string, signal?: AbortSignal): Promise<ArenaSessionDto> {
  return apiFetch(arenaSessionPath(id), { signal });
}

export type LeaderboardFilter = Pick<LeaderboardDto, "kind" | "scope" | "votes">;

function fetchLeaderboard(
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

/** One comparison with its whole history; the page renders it first, the browser keeps it fresh. */
export function useArenaSession(initial: ArenaSessionDto) {
  const query = useQuery({
    queryKey: queryKeys.arena.session(initial.id),
    queryFn: ({ signal }) => fetchArenaSession(initial.id, signal),
    initialData: initial,
    staleTime: 10_000,
  });
  const { refetch } = query;
  /** Reads the saved session again; false when the server could not be reached. */
  const refresh = useCallback(async () => {
    const result = await refetch();
    return !result.error;
  }, [refetch]);
  return { session: query.data, refresh };
}

type ArenaSessionPages = InfiniteData<Page<ArenaSessionSummaryDto>, string | null>;

/** The user's comparisons, newest first, a page at a time; the first page comes with the HTML. */
export function useArenaSessions(initial: Page<ArenaSessionSummaryDto>) {
  return useInfiniteQuery({
    queryKey: queryKeys.arena.sessions(),
    queryFn: ({ pageParam, signal }) => fetchArenaSessions(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    initialData: { pages: [initial], pageParams: [null] },
  });
}

/** The ranking for one tab, scope and choice of votes; the page's first view comes with the HTML. */
export function useLeaderboard(filter: LeaderboardFilter, initial: LeaderboardDto) {
  const isInitial =
    filter.kind === initial.kind &&
    filter.scope === initial.scope &&
    filter.votes === initial.votes;
  return useQuery({
    queryKey: queryKeys.arena.leaderboard(filter),
    queryFn: ({ signal }) => fetchLeaderboard(filter, signal),
    initialData: isInitial ? initial : undefined,
    // Switching tabs keeps the old table until the new one is in, instead of a blank.
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

function mapItems(
  data: ArenaSessionPages | undefined,
  change: (items: ArenaSessionSummaryDto[]) => ArenaSessionSummaryDto[],
): ArenaSessionPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: change(page.items) })) };
}

export function useRenameArenaSession() {
  const t = useTranslations("arena.sessions");
  const qc = useQueryClient();
  return useServerAction(
    ({ id, title }: { id: string; title: string }) => renameArenaSessionAction(id, { title }),
    {
      onSuccess: (renamed) => {
        qc.setQueryData<ArenaSessionPages>(queryKeys.arena.sessions(), (data) =>
          mapItems(data, (items) =>
            items.map((item) => (item.id === renamed.id ? { ...item, ...renamed } : item)),
          ),
        );
        toast.success(t("renamed"));
      },
      onError: (error) => {
        toast.error(t("renameFailed"), { description: errorMessage(error) });
      },
      onSettled: (_data, _error, { id }) => {
        void qc.invalidateQueries({ queryKey: queryKeys.arena.sessions() });
        void qc.invalidateQueries({ queryKey: queryKeys.arena.session(id) });
      },
    },
  );
}

export function useDeleteArenaSession() {
  const t = useTranslations("arena.sessions");
  const qc = useQueryClient();
  return useServerAction((id: string) => deleteArenaSessionAction(id), {
    onSuccess: (_data, id) => {
      qc.setQueryData<ArenaSessionPages>(queryKeys.arena.sessions(), (data) =>
        mapItems(data, (items) => items.filter((item) => item.id !== id)),
      );
      qc.removeQueries({ queryKey: queryKeys.arena.session(id) });
      toast.success(t("deleted"));
    },
    onError: (error) => {
      toast.error(t("deleteFailed"), { description: errorMessage(error) });
    },
    onSettled: () => {
      // The list changes, and the leaderboard too if the session had votes.
      void qc.invalidateQueries({ queryKey: queryKeys.arena.all() });
    },
  });
}

/** Opens a normal chat that starts with one panel's history. */
export function useContinuePanel(sessionId: string) {
  const t = useTranslations("arena.panel");
  const router = useRouter();
  const qc = useQueryClient();
  return useServerAction((panel: number) => continueArenaPanelAction(sessionId, { panel }), {
    onSuccess: ({ conversationId }) => {
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
      router.push(`/chat/${conversationId}`);
    },
    onError: (error) => {
      toast.error(t("continueFailed"), { description: errorMessage(error) });
    },
  });
}

/** Casts the vote on a turn; the answer is the session with its names shown. */
export function useVote(sessionId: string) {
  const t = useTranslations("arena.vote");
  const qc = useQueryClient();
  return useServerAction(
    ({ turnId, choice }: { turnId: string; choice: VoteChoice }) =>
      voteArenaAction(sessionId, {
        turnId,
        outcome: choice.outcome,
        winnerIndex: choice.winnerIndex,
      }),
    {
      onSuccess: (session) => {
        qc.setQueryData(queryKeys.arena.session(sessionId), session);
      },
      onError: (error) => {
        // Voted already (in another tab): show that vote instead.
        if (error instanceof ActionError && error.code === "conflict") {
          toast.info(t("already"));
          return;
        }
        toast.error(t("failed"), { description: errorMessage(error) });
      },
      onSettled: () => {
        void qc.invalidateQueries({ queryKey: queryKeys.arena.all() });
      },
    },
  );
}
