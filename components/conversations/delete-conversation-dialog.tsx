"use client";

import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { ConversationListItem } from "./api";
import { useSidebar } from "./sidebar-context";
import { useDeleteConversation } from "./use-conversation-mutations";

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

  function confirm() {
    onOpenChange(false);
    remove.mutate({
      conversation,
      // Leaving first would show the chat page a 404 for a moment; leave once it is gone.
      onDeleted: isOpenChat ? () => router.push("/chat") : undefined,
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Delete this conversation?</DialogTitle>
          <DialogDescription>
            &ldquo;{conversation.title}&rdquo; and all its messages will be deleted. This cannot be
            undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button type="button" variant="destructive" onClick={confirm}>
            Delete
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
