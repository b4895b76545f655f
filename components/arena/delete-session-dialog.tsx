"use client";

import { ConfirmDialog } from "@/components/common/confirm-dialog";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { useDeleteArenaSession } from "./data";

interface DeleteSessionDialogProps {
  session: ArenaSessionSummaryDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteSessionDialog({ session, open, onOpenChange }: DeleteSessionDialogProps) {
  const remove = useDeleteArenaSession();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Delete this comparison?"
      description={`“${session.title}” and every answer in it will be deleted. This cannot be undone.`}
      confirmLabel="Delete"
      onConfirm={() => remove.mutate(session.id)}
    />
  );
}
