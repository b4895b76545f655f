"use client";

import { useRouter } from "next/navigation";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { type ConversationListItem, useDeleteConversation } from "./data";
import { useSidebar } from "./sidebar-context";

interface DeleteConversationDialogProps {
  conversation: ConversationListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteConversationDialog({
  conversation,
  open,
  onOpenChange,
}: DeleteConversationDialogProps) {
  const router = useRouter();
  const { activeId } = useSidebar();
  const remove = useDeleteConversation();
  const isOpenChat = conversation.id === activeId;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Delete this conversation?"
      description={`“${conversation.title}” and all its messages will be deleted. This cannot be undone.`}
      confirmLabel="Delete"
      onConfirm={() =>
        remove.mutate({
          conversation,
          // Leaving first would show the chat page a 404 for a moment; leave once it is gone.
          onDeleted: isOpenChat ? () => router.push("/chat") : undefined,
        })
      }
    />
  );
}
