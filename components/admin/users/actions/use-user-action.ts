"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import type { ActionResult } from "@/lib/http/action";
import { queryKeys } from "@/lib/query-keys";

interface UserActionRequest<T> {
  call: () => Promise<ActionResult<T>>;
  /** Says what happened, e.g. "Ada is banned." */
  success: string;
  /** Where to go afterwards; by default the page reloads its data in place. */
  redirectTo?: string;
}

/**
 * Runs one admin action on a user. Failures stay with the caller (the dialog
 * shows them); after a success the page and every admin list show the new state.
 */
export function useUserAction<T>() {
  const router = useRouter();
  const qc = useQueryClient();
  return useServerAction<T, UserActionRequest<T>>(({ call }) => call(), {
    onSuccess: (_data, { success, redirectTo }) => {
      toast.success(success);
      void qc.invalidateQueries({ queryKey: queryKeys.admin.all() });
      if (redirectTo) router.push(redirectTo);
      else router.refresh();
    },
  });
}
