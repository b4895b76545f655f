"use client";

import { ArchiveRestore } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { DeleteButton } from "@/components/common/delete-button";
import { useFormat } from "@/components/common/use-format";
import { Button } from "@/components/ui/button";
import { type ConversationListItem, useUpdateConversation } from "./data";
import { DeleteConversationDialog } from "./delete-conversation-dialog";

export function ArchivedRow({ conversation }: { conversation: ConversationListItem }) {
  const t = useTranslations("conversations.archived");
  const common = useTranslations("common");
  const f = useFormat();
  const update = useUpdateConversation();
  const [deleting, setDeleting] = useState(false);
  const { title } = conversation;

  return (
    <li className="flex flex-col gap-3 p-4 sm:flex-row sm:items-center">
      <div className="min-w-0 flex-1">
        <Link
          href={`/chat/${conversation.id}`}
          className="block truncate text-sm font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          {title}
        </Link>
        <p className="mt-0.5 text-xs text-muted-foreground">
          {t("lastMessage", { date: f.date(conversation.lastMessageAt) })}
          {conversation.messageCount > 0
            ? ` · ${t("messages", { count: conversation.messageCount })}`
            : ""}
        </p>
      </div>
      <div className="flex shrink-0 gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-label={t("unarchiveLabel", { title })}
          onClick={() =>
            update.mutate({
              conversation,
              patch: { isArchived: false },
              failure: t("unarchiveFailed", { title }),
            })
          }
        >
          <ArchiveRestore aria-hidden="true" />
          {t("unarchive")}
        </Button>
        <DeleteButton aria-label={t("deleteLabel", { title })} onClick={() => setDeleting(true)}>
          {common("delete")}
        </DeleteButton>
      </div>
      <DeleteConversationDialog
        conversation={conversation}
        open={deleting}
        onOpenChange={setDeleting}
      />
    </li>
  );
}
