"use client";

import { ArrowDown } from "lucide-react";
import { useTranslations } from "next-intl";
import {
  type KeyboardEvent as ReactKeyboardEvent,
  useCallback,
  useEffect,
  useMemo,
  useRef,
} from "react";
import { TooltipProvider } from "@/components/common/icon-action";
import { TypingDots } from "@/components/common/typing-dots";
import { useEscapeToStop } from "@/components/common/use-escape-to-stop";
import { useFileDrop } from "@/components/common/use-file-drop";
import { useFocusOnLoad } from "@/components/common/use-focus-on-load";
import { useStickToBottom } from "@/components/common/use-stick-to-bottom";
import { LogoMark } from "@/components/layout/logo";
import type { ConfigDto } from "@/lib/configs/dto";
import type { ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { Composer } from "./composer";
import { DropOverlay } from "./drop-overlay";
import { MessageList } from "./message-list";
import { ModelPicker } from "./model-picker";
import { ThreadHeader } from "./thread-header";
import { useAttachments } from "./use-attachments";
import { useModelChoice } from "./use-models";
import { useSavedDraft } from "./use-saved-draft";
import { type ChatTarget, useThread } from "./use-thread";

/** A conversation: its messages, streaming replies, versions, and the box to write in. */
export function ChatThread({
  initial,
  config,
  configMissing,
}: {
  initial: ConversationWithMessagesDto;
  /** The conversation's config, if it has one that still exists. */
  config: ConfigDto | null;
  /** The conversation's config was deleted. */
  configMissing: boolean;
}) {
  const t = useTranslations("chat.thread");
  const [draft, setDraft] = useSavedDraft(initial.conversation.id);
  const attachments = useAttachments();
  const choice = useModelChoice({ modelId: initial.conversation.modelId, config });
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const target = useRef<ChatTarget>({});
  target.current = choice.target;
  const restore = attachments.restore;

  const thread = useThread(initial, {
    getTarget: () => target.current,
    onDraftReturned: (returned) => {
      setDraft((current) => (current.trim() ? current : returned.text));
      restore(returned.attachments);
    },
  });
  const { scrollRef, contentRef, atBottom, scrollToBottom } = useStickToBottom<HTMLElement>();
  const { dragging, dropHandlers } = useFileDrop(attachments.add);
  useFocusOnLoad(textareaRef);

  const { busy, stop } = thread;
  useEscapeToStop(busy, stop);

  const submit = useCallback(() => {
    const text = draft.trim();
    if (!text && attachments.ready.length === 0) return;
    if (!thread.send(text, attachments.ready)) return;
    setDraft("");
    attachments.clear();
    scrollToBottom();
    textareaRef.current?.focus();
  }, [draft, attachments, thread.send, scrollToBottom, setDraft]);

  // Home and End jump at once: a long chat keeps only the rows near the screen,
  // and the browser's animated jump would stop where new rows appear.
  const onThreadKey = useCallback(
    (event: ReactKeyboardEvent<HTMLElement>) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === "Home") scrollRef.current?.scrollTo({ top: 0 });
      else if (event.key === "End") scrollToBottom();
      else return;
      event.preventDefault();
    },
    [scrollRef, scrollToBottom],
  );

  const history = useMemo(() => thread.path.map((message) => message.content), [thread.path]);

  // A new or regenerated reply is at the end of the thread: follow it there.
  const { handlers: threadHandlers } = thread;
  const handlers = useMemo(
    () => ({
      ...threadHandlers,
      onEdit: (id: string, text: string) => {
        threadHandlers.onEdit(id, text);
        scrollToBottom();
      },
      onRegenerate: (id: string) => {
        threadHandlers.onRegenerate(id);
        scrollToBottom();
      },
    }),
    [threadHandlers, scrollToBottom],
  );

  // The title is written after the first reply; keep the tab's name in step.
  const title = thread.conversation.title;
  useEffect(() => {
    document.title = `${title} · Uni-Chat`;
  }, [title]);
  const lastItem = thread.items.at(-1);
  const waitingForReply = thread.status === "submitted" && lastItem?.role === "user";

  return (
    <TooltipProvider delayDuration={400}>
      <div className="relative flex h-[calc(100dvh-3.5rem)] flex-col" {...dropHandlers}>
        {dragging ? <DropOverlay /> : null}
        <ThreadHeader
          conversation={thread.conversation}
          picker={<ModelPicker choice={choice} configMissing={configMissing} />}
        />
        <section
          ref={scrollRef}
          aria-label={t("messages")}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region is focusable, so keys scroll it
          tabIndex={0}
          onKeyDown={onThreadKey}
          className="relative min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
        >
          <div
            ref={contentRef}
            className="mx-auto flex w-full max-w-3xl flex-col gap-5 px-4 pb-8 pt-4 sm:px-6"
          >
            {thread.items.length === 0 && !waitingForReply ? (
              <p className="py-16 text-center text-sm text-muted-foreground">{t("empty")}</p>
            ) : null}
            <MessageList
              items={thread.items}
              locked={thread.blocked}
              handlers={handlers}
              scrollRef={scrollRef}
            />
            {waitingForReply ? <PendingReply /> : null}
          </div>
        </section>
        <div className="relative mx-auto w-full max-w-3xl shrink-0 px-3 pb-3 sm:px-6 sm:pb-4">
          {atBottom ? null : (
            <button
              type="button"
              onClick={() => scrollToBottom("smooth")}
              className="absolute -top-12 left-1/2 z-10 inline-flex h-9 -translate-x-1/2 items-center gap-1.5 rounded-full border bg-background px-3 text-xs font-medium shadow-md transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              <ArrowDown className="h-4 w-4" aria-hidden="true" />
              {t("jumpToLatest")}
            </button>
          )}
          <Composer
            value={draft}
            onChange={setDraft}
            onSubmit={submit}
            onStop={stop}
            attachments={attachments}
            streaming={busy}
            stopping={thread.stopping}
            blocked={thread.sending}
            pending={thread.sending}
            textareaRef={textareaRef}
            failure={thread.failure}
            onDismissFailure={thread.dismissFailure}
            model={choice.model}
            history={history}
          />
        </div>
        <div role="status" aria-live="polite" className="sr-only">
          {thread.announcement}
        </div>
      </div>
    </TooltipProvider>
  );
}

function PendingReply() {
  return (
    <div className="flex gap-3 sm:gap-4">
      <LogoMark className="mt-0.5 hidden h-7 w-7 rounded-full sm:inline-flex" />
      <TypingDots />
    </div>
  );
}
