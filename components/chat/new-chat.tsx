"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { createConversationAction } from "@/app/(app)/chat/actions";
import { useFileDrop } from "@/components/common/use-file-drop";
import { useFocusOnLoad } from "@/components/common/use-focus-on-load";
import { LogoMark } from "@/components/layout/logo";
import type { SendFields } from "@/lib/chat/client/types";
import type { ConfigDto } from "@/lib/configs/dto";
import { networkMessage } from "@/lib/http/client";
import { queryKeys } from "@/lib/query-keys";
import { Composer } from "./composer";
import { DropOverlay } from "./drop-overlay";
import { ModelPicker } from "./model-picker";
import { useAttachments } from "./use-attachments";
import { useModelChoice } from "./use-models";
import { useSavedDraft } from "./use-saved-draft";

const SUGGESTIONS = ["cryptography", "duplicates", "trip", "databases"] as const;

const NO_HISTORY: readonly string[] = [];

// The chat machinery (the AI SDK) is most of a chat page's JavaScript: the
// new-chat screen fetches it once the person starts writing, not with the page.
const loadChats = () => import("@/lib/chat/client/chat-registry");

/**
 * The new-chat screen. Sending creates the conversation, starts the reply
 * in that conversation's chat (which outlives this page), and moves to the
 * conversation, where the reply keeps streaming.
 */
export function NewChat({
  firstName,
  config,
  configUnavailable,
}: {
  firstName: string;
  /** The config a link asked to start with (/chat?config=…). */
  config: ConfigDto | null;
  /** The link named a config that is gone or not shared. */
  configUnavailable: boolean;
}) {
  const t = useTranslations("chat.newChat");
  const router = useRouter();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useSavedDraft("new");
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(
    configUnavailable ? t("configUnavailable") : null,
  );
  const attachments = useAttachments();
  const choice = useModelChoice({ modelId: null, config });
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const { dragging, dropHandlers } = useFileDrop(attachments.add);
  useFocusOnLoad(textareaRef);
  const writing = draft.trim() !== "";
  useEffect(() => {
    if (writing) void loadChats().catch(() => {});
  }, [writing]);

  const submit = useCallback(async () => {
    const text = draft.trim();
    const files = attachments.ready;
    if (pending || (!text && files.length === 0)) return;
    setPending(true);
    setError(null);
    const target = await choice.targetNow();
    const modelId = target.model ?? choice.modelId;
    const [chats, created] = await Promise.all([
      loadChats().catch(() => null),
      createConversationAction({
        ...(modelId ? { modelId } : {}),
        ...(choice.config ? { configId: choice.config.id } : {}),
      }).catch(() => null),
    ]);
    if (!chats || !created?.ok) {
      setError(created && !created.ok ? created.error.message : networkMessage());
      setPending(false);
      return;
    }
    const { id } = created.data;
    const chat = chats.getChat(id, queryClient);
    chat.messages = [];
    const body: SendFields = {
      parentId: null,
      attachments: files.map((file) => file.id),
      ...target,
    };
    void chat.sendMessage({ text, metadata: { attachments: files } }, { body: { ...body } });
    void queryClient.invalidateQueries({ queryKey: queryKeys.conversations.all() });
    setDraft("");
    router.push(`/chat/${id}`);
  }, [draft, attachments.ready, pending, choice, queryClient, router, setDraft]);

  return (
    <div className="relative flex h-[calc(100dvh-3.5rem)] flex-col" {...dropHandlers}>
      {dragging ? <DropOverlay /> : null}
      <div className="flex h-12 shrink-0 items-center px-2 sm:px-4">
        <ModelPicker choice={choice} />
      </div>
      <div className="flex min-h-0 flex-1 flex-col items-center justify-center overflow-y-auto px-4 pb-6">
        <LogoMark className="mb-5 h-12 w-12 rounded-2xl" />
        <p className="text-sm font-medium text-muted-foreground">
          {firstName ? t("greeting", { name: firstName }) : t("greetingAnonymous")}
        </p>
        <h1 className="mt-1 text-balance text-center text-2xl font-semibold tracking-tight sm:text-3xl">
          {t("heading")}
        </h1>
        {choice.config ? <ConfigIntro config={choice.config} /> : null}
        <ul className="mt-8 grid w-full max-w-2xl grid-cols-1 gap-2 sm:grid-cols-2">
          {SUGGESTIONS.map((key) => (
            <li key={key}>
              <button
                type="button"
                onClick={() => {
                  setDraft(t(`suggestions.${key}`));
                  textareaRef.current?.focus();
                }}
                className="h-full w-full rounded-2xl border px-4 py-3 text-left text-sm text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
              >
                {t(`suggestions.${key}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
      <div className="mx-auto w-full max-w-3xl shrink-0 px-3 pb-3 sm:px-6 sm:pb-4">
        <Composer
          value={draft}
          onChange={setDraft}
          onSubmit={() => void submit()}
          onStop={() => undefined}
          attachments={attachments}
          streaming={false}
          blocked={pending}
          pending={pending}
          textareaRef={textareaRef}
          failure={error === null ? null : { message: error }}
          onDismissFailure={() => setError(null)}
          model={choice.model}
          history={NO_HISTORY}
        />
      </div>
    </div>
  );
}

/** The chosen config, so the person knows what the first message goes to. */
function ConfigIntro({ config }: { config: ConfigDto }) {
  return (
    <div className="mt-4 flex max-w-xl items-start gap-3 rounded-2xl border bg-muted/40 px-4 py-3 text-sm">
      <span className="text-2xl leading-none" aria-hidden="true">
        {config.avatar}
      </span>
      <div className="min-w-0">
        <p className="font-medium">
          {config.name}
          <span className="font-normal text-muted-foreground">
            {" "}
            · {config.modelName || config.modelId}
          </span>
        </p>
        {config.description ? (
          <p className="mt-0.5 line-clamp-2 text-muted-foreground">{config.description}</p>
        ) : null}
      </div>
    </div>
  );
}
