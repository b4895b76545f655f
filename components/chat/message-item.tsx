"use client";

import { Pencil, RefreshCw, RotateCcw, Trash2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { memo, useState } from "react";
import { AnswerError } from "@/components/common/answer-error";
import { CopyAction } from "@/components/common/copy-action";
import { IconAction } from "@/components/common/icon-action";
import { TypingDots } from "@/components/common/typing-dots";
import { LogoMark } from "@/components/layout/logo";
import { Button } from "@/components/ui/button";
import { sameItem, type ThreadItem } from "@/lib/chat/client/thread-items";
import { cn } from "@/lib/utils";
import { BranchSwitcher } from "./branch-switcher";
import { ContextNotice } from "./context-notice";
import { DeleteMessageDialog } from "./delete-message-dialog";
import { Markdown } from "./markdown/markdown";
import { MessageAttachments } from "./message-attachments";
import { MessageDetails } from "./message-details";
import { MessageEditor } from "./message-editor";
import { ToolCalls } from "./tool-calls";

interface MessageHandlers {
  onEdit: (id: string, text: string) => void;
  onRegenerate: (id: string) => void;
  onSwitch: (id: string, delta: -1 | 1) => void;
  onDelete: (id: string) => Promise<void>;
}

interface MessageItemProps {
  item: ThreadItem;
  /** The newest row: its actions stay visible, as in ChatGPT. */
  isLast: boolean;
  /** A reply is running: nothing may change the tree meanwhile. */
  locked: boolean;
  handlers: MessageHandlers;
}

const actionsRow =
  "flex items-center gap-0.5 transition-opacity md:opacity-0 md:group-hover:opacity-100 md:group-focus-within:opacity-100 [@media(hover:none)]:opacity-100";

export const MessageItem = memo(
  function MessageItem({ item, isLast, locked, handlers }: MessageItemProps) {
    return item.role === "user" ? (
      <UserMessage item={item} isLast={isLast} locked={locked} handlers={handlers} />
    ) : (
      <AssistantMessage item={item} isLast={isLast} locked={locked} handlers={handlers} />
    );
  },
  (prev, next) =>
    sameItem(prev.item, next.item) &&
    prev.isLast === next.isLast &&
    prev.locked === next.locked &&
    prev.handlers === next.handlers,
);

function UserMessage({ item, isLast, locked, handlers }: MessageItemProps) {
  const t = useTranslations("chat.message");
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const canChange = item.saved && !locked;

  return (
    <article aria-label={t("yours")} className="group flex flex-col items-end">
      <MessageAttachments attachments={item.attachments} />
      {editing ? (
        <MessageEditor
          initial={item.text}
          onCancel={() => setEditing(false)}
          onSave={(text) => {
            setEditing(false);
            handlers.onEdit(item.id, text);
          }}
        />
      ) : item.text ? (
        <div className="max-w-[85%] whitespace-pre-wrap break-words rounded-3xl bg-muted px-4 py-2.5 text-[15px] leading-6 sm:max-w-[75%]">
          {item.text}
        </div>
      ) : null}
      {editing ? null : (
        <div className={cn(actionsRow, "mt-1", isLast && "md:opacity-100")}>
          {item.isEdited ? (
            <span className="px-1 text-xs text-muted-foreground">{t("edited")}</span>
          ) : null}
          <CopyAction label={t("copyMessage")} text={item.text} />
          <IconAction
            label={t("editMessage")}
            disabled={!canChange}
            onClick={() => setEditing(true)}
          >
            <Pencil aria-hidden="true" />
          </IconAction>
          <IconAction
            label={t("deleteMessage")}
            disabled={!canChange}
            onClick={() => setConfirming(true)}
          >
            <Trash2 aria-hidden="true" />
          </IconAction>
          <BranchSwitcher
            siblings={item.siblings}
            disabled={!canChange}
            onSwitch={(delta) => handlers.onSwitch(item.id, delta)}
          />
        </div>
      )}
      <DeleteMessageDialog
        open={confirming}
        onOpenChange={setConfirming}
        messageRole="user"
        onConfirm={() => handlers.onDelete(item.id)}
      />
    </article>
  );
}

function AssistantMessage({ item, isLast, locked, handlers }: MessageItemProps) {
  const t = useTranslations("chat.message");
  const [confirming, setConfirming] = useState(false);
  const canChange = item.saved && !locked;
  const waiting = item.streaming && item.text === "";
  const stopped = item.details?.finishReason === "stopped";

  return (
    <article aria-label={t("reply")} className="group flex gap-3 sm:gap-4">
      <LogoMark className="mt-0.5 hidden h-7 w-7 rounded-full sm:inline-flex" />
      <div className="min-w-0 flex-1">
        {item.contextDropped > 0 ? (
          <ContextNotice dropped={item.contextDropped} modelId={item.modelId} />
        ) : null}
        {waiting ? (
          <TypingDots />
        ) : item.text ? (
          <Markdown text={item.text} className={cn(item.streaming && "md-streaming")} />
        ) : null}
        {item.toolCalls ? <ToolCalls calls={item.toolCalls} /> : null}
        {stopped ? (
          <p className="mt-2 text-xs italic text-muted-foreground">{t("stopped")}</p>
        ) : null}
        {item.isError ? (
          <AnswerError message={item.errorMessage ?? t("failed")}>
            <Button
              size="sm"
              variant="outline"
              disabled={!canChange}
              onClick={() => handlers.onRegenerate(item.id)}
            >
              <RotateCcw aria-hidden="true" />
              {t("retry")}
            </Button>
          </AnswerError>
        ) : null}
        {item.streaming ? null : (
          <div className={cn(actionsRow, "-ml-1.5 mt-1", isLast && "md:opacity-100")}>
            <BranchSwitcher
              siblings={item.siblings}
              disabled={!canChange}
              onSwitch={(delta) => handlers.onSwitch(item.id, delta)}
            />
            <CopyAction label={t("copyReply")} text={item.text} />
            <IconAction
              label={t("regenerateReply")}
              disabled={!canChange}
              onClick={() => handlers.onRegenerate(item.id)}
            >
              <RefreshCw aria-hidden="true" />
            </IconAction>
            {item.details ? <MessageDetails details={item.details} /> : null}
            <IconAction
              label={t("deleteReply")}
              disabled={!canChange}
              onClick={() => setConfirming(true)}
            >
              <Trash2 aria-hidden="true" />
            </IconAction>
          </div>
        )}
      </div>
      <DeleteMessageDialog
        open={confirming}
        onOpenChange={setConfirming}
        messageRole="assistant"
        onConfirm={() => handlers.onDelete(item.id)}
      />
    </article>
  );
}
