"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { continueArenaPanelAction } from "@/app/(app)/arena/actions";
import { errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import { queryKeys } from "@/lib/query-keys";

/** Opens a normal chat that starts with one panel's history. */
export function useContinuePanel(sessionId: string) {
  const router = useRouter();
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (panel: number) =>
      unwrapAction(() => continueArenaPanelAction(sessionId, { panel })),
    onSuccess: ({ conversationId }) => {
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
      router.push(`/chat/${conversationId}`);
    },
    onError: (error) => {
      toast.error("Could not start a chat from this panel.", { description: errorMessage(error) });
    },
  });
}
