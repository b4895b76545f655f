"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { voteArenaAction } from "@/app/(app)/arena/actions";
import { ActionError, errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import type { VoteChoice } from "@/lib/arena/client/vote-choices";
import { queryKeys } from "@/lib/query-keys";

/** Casts the vote on a turn; the answer is the session with its names shown. */
export function useVote(sessionId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ turnId, choice }: { turnId: string; choice: VoteChoice }) =>
      unwrapAction(() =>
        voteArenaAction(sessionId, {
          turnId,
          outcome: choice.outcome,
          winnerIndex: choice.winnerIndex,
        }),
      ),
    onSuccess: (session) => {
      qc.setQueryData(queryKeys.arena.session(sessionId), session);
    },
    onError: (error) => {
      // Voted already (in another tab): show that vote instead.
      if (error instanceof ActionError && error.code === "conflict") {
        toast.info("This answer already has your vote.");
        return;
      }
      toast.error("Could not save your vote.", { description: errorMessage(error) });
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.arena.all() });
    },
  });
}
