"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  createFolderAction,
  deleteFolderAction,
  updateFolderAction,
} from "@/app/(app)/chat/actions";
import { errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import type { FolderDto } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchFolders } from "./api";
import { type CacheSnapshot, restoreSnapshot, takeSnapshot } from "./cache";

export interface FolderInput {
  name: string;
  color: string;
  icon: string;
}

export function useFolders() {
  return useQuery({
    queryKey: queryKeys.folders(),
    queryFn: ({ signal }) => fetchFolders(signal),
  });
}

/** Creating waits for the server: the dialog shows its field errors. */
export function useCreateFolder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: FolderInput) => unwrapAction(() => createFolderAction(input)),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.folders() }),
  });
}

export function useUpdateFolder() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: FolderInput }) =>
      unwrapAction(() => updateFolderAction(id, input)),
    onSettled: () => qc.invalidateQueries({ queryKey: queryKeys.folders() }),
  });
}

/** Deleting releases the folder's conversations to "no folder", so every list changes. */
export function useDeleteFolder() {
  const qc = useQueryClient();
  return useMutation<unknown, Error, FolderDto, CacheSnapshot>({
    mutationFn: (folder) => unwrapAction(() => deleteFolderAction(folder.id)),
    onMutate: async (folder) => {
      await qc.cancelQueries({ queryKey: queryKeys.folders() });
      const snapshot = takeSnapshot(qc);
      qc.setQueryData<FolderDto[]>(queryKeys.folders(), (folders) =>
        folders?.filter((item) => item.id !== folder.id),
      );
      return snapshot;
    },
    onSuccess: (_data, folder) => toast.success(`Folder "${folder.name}" deleted.`),
    onError: (error, folder, snapshot) => {
      if (snapshot) restoreSnapshot(qc, snapshot);
      toast.error(`Could not delete "${folder.name}".`, { description: errorMessage(error) });
    },
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: queryKeys.folders() });
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.lists() });
      void qc.invalidateQueries({ queryKey: queryKeys.conversations.searches() });
    },
  });
}
