"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import type { ActionResult } from "@/lib/http/action";
import { queryKeys } from "@/lib/query-keys";

interface ConfigAction<T> {
  call: () => Promise<ActionResult<T>>;
  /** Says what happened, e.g. "Config duplicated." */
  success: string;
  /** Says what failed, e.g. "Could not duplicate the config." */
  failure: string;
  onDone?: (data: T) => void;
}

/**
 * Runs one server action on a config. Every config list (mine, the gallery,
 * the model picker) is refetched afterwards, and the action counts as
 * pending until they are, so a Save button never shows the old state.
 */
export function useConfigAction<T = unknown>() {
  const qc = useQueryClient();
  return useMutation<T, Error, ConfigAction<T>>({
    mutationFn: ({ call }) => unwrapAction(call),
    onSuccess: (data, { success, onDone }) => {
      toast.success(success);
      onDone?.(data);
    },
    onError: (error, { failure }) => {
      toast.error(failure, { description: errorMessage(error) });
    },
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.configs.all() }),
  });
}
