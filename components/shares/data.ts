"use client";

import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";
import type { CreatedShareDto, ShareLinkDto } from "@/lib/shares/dto";
import type { ShareExpiry } from "@/lib/shares/schemas";

function fetchShares(params: Record<string, string>, signal?: AbortSignal) {
  return apiFetch<Page<ShareLinkDto>>(`/api/shares?${new URLSearchParams(params)}`, { signal });
}

/** The person's links, a page at a time, newest first. */
export function useShareLinks() {
  return useInfiniteQuery({
    queryKey: queryKeys.shares.list(),
    queryFn: ({ pageParam, signal }) => fetchShares(pageParam ? { cursor: pageParam } : {}, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
}

/** The conversation's link, or null when it has none. */
export function useConversationShare(conversationId: string, enabled: boolean) {
  return useQuery({
    queryKey: queryKeys.shares.ofConversation(conversationId),
    queryFn: async ({ signal }) => (await fetchShares({ conversationId }, signal)).items[0] ?? null,
    enabled,
  });
}

/** Makes the conversation's link, or takes a new copy for the one it has. */
export function useShareConversation(conversationId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (expiresIn: ShareExpiry | null) =>
      apiFetch<CreatedShareDto>(`/api/conversations/${conversationId}/share`, {
        method: "POST",
        body: { expiresIn },
      }),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.shares.all() }),
  });
}

export function useRevokeShare() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<void>(`/api/shares/${id}`, { method: "DELETE" }),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.shares.all() }),
  });
}
