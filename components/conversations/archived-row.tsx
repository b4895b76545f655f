"use client";

import { ArchiveRestore } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { DeleteButton } from "@/components/common/delete-button";
import { Button } from "@/components/ui/button";
import { type ConversationListItem, useUpdateConversation } from "./data";
import { DeleteConversationDialog } from "./delete-conversation-dialog";

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium" });

export function ArchivedRow({ conversation }: { conversation: ConversationListItem }) {
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
          Last message {dateFormat.format(new Date(conversation.lastMessageAt))}
          {conversation.messageCount > 0
            ? ` · ${conversation.messageCount} ${conversation.messageCount === 1 ? "message" : "messages"}`
            : ""}
        </p>
      </div>
      <div className="flex shrink-0 gap-2">
        <Button
          type="button"
          variant="outline"
          size="sm"
          aria-label={`Unarchive "${title}"`}
          onClick={() =>
            update.mutate({
              conversation,
              patch: { isArchived: false },
              failure: `Could not unarchive "${title}".`,
            })
          }
        >
          <ArchiveRestore aria-hidden="true" />
          Unarchive
        </Button>
        <DeleteButton aria-label={`Delete "${title}"`} onClick={() => setDeleting(true)}>
          Delete
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
