"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("conversations.delete");
  const common = useTranslations("common");
  const router = useRouter();
  const { activeId } = useSidebar();
  const remove = useDeleteConversation();
  const isOpenChat = conversation.id === activeId;

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("description", { title: conversation.title })}
      confirmLabel={common("delete")}
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
