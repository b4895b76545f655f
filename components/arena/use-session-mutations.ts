"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { deleteArenaSessionAction, renameArenaSessionAction } from "@/app/(app)/arena/actions";
import { errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { queryKeys } from "@/lib/query-keys";
import type { ArenaSessionPages } from "./use-arena-sessions";

function mapItems(
  data: ArenaSessionPages | undefined,
  change: (items: ArenaSessionSummaryDto[]) => ArenaSessionSummaryDto[],
): ArenaSessionPages | undefined {
  if (!data) return data;
  return { ...data, pages: data.pages.map((page) => ({ ...page, items: change(page.items) })) };
}

export function useRenameArenaSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, title }: { id: string; title: string }) =>
      unwrapAction(() => renameArenaSessionAction(id, { title })),
    onSuccess: (renamed) => {
      qc.setQueryData<ArenaSessionPages>(queryKeys.arena.sessions(), (data) =>
        mapItems(data, (items) =>
          items.map((item) => (item.id === renamed.id ? { ...item, ...renamed } : item)),
        ),
      );
      toast.success("Comparison renamed.");
    },
    onError: (error) => {
      toast.error("Could not rename the comparison.", { description: errorMessage(error) });
    },
    onSettled: (_data, _error, { id }) => {
      void qc.invalidateQueries({ queryKey: queryKeys.arena.sessions() });
      void qc.invalidateQueries({ queryKey: queryKeys.arena.session(id) });
    },
  });
}

export function useDeleteArenaSession() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrapAction(() => deleteArenaSessionAction(id)),
    onSuccess: (_data, id) => {
      qc.setQueryData<ArenaSessionPages>(queryKeys.arena.sessions(), (data) =>
        mapItems(data, (items) => items.filter((item) => item.id !== id)),
      );
      qc.removeQueries({ queryKey: queryKeys.arena.session(id) });
      toast.success("Comparison deleted.");
    },
    onError: (error) => {
      toast.error("Could not delete the comparison.", { description: errorMessage(error) });
    },
    onSettled: () => {
      // The list changes, and the leaderboard too if the session had votes.
      void qc.invalidateQueries({ queryKey: queryKeys.arena.all() });
    },
  });
}
