"use client";

import { X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useState } from "react";
import { FormDialog } from "@/components/common/form-dialog";
import { Input } from "@/components/ui/input";
import { MAX_TAGS } from "@/lib/conversations/limits";
import { type ConversationListItem, useUpdateConversation } from "./data";

const MAX_TAG_LENGTH = 30;

interface TagsDialogProps {
  conversation: ConversationListItem;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** A small tag editor: type a tag and press Enter (or a comma); remove one with its ×. */
export function TagsDialog({ conversation, open, onOpenChange }: TagsDialogProps) {
  const t = useTranslations("conversations.tags");
  const update = useUpdateConversation();
  const [tags, setTags] = useState(conversation.tags);
  const [draft, setDraft] = useState("");
  const inputId = useId();

  useEffect(() => {
    if (open) {
      setTags(conversation.tags);
      setDraft("");
    }
  }, [open, conversation.tags]);

  const problem =
    tags.length >= MAX_TAGS && draft.trim()
      ? t("tooMany", { max: MAX_TAGS })
      : tags.includes(draft.trim())
        ? t("duplicate", { tag: draft.trim() })
        : null;

  function add() {
    const tag = draft.trim();
    if (!tag || problem) return;
    setTags([...tags, tag]);
    setDraft("");
  }

  function save() {
    const pending = draft.trim();
    const next = pending && !problem ? [...tags, pending] : tags;
    onOpenChange(false);
    update.mutate({ conversation, patch: { tags: next }, failure: t("failed") });
  }

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("description", { title: conversation.title })}
      onSubmit={save}
      submitLabel={t("submit")}
    >
      <ul className="flex min-h-8 flex-wrap gap-1.5" aria-label={t("current")}>
        {tags.length === 0 ? <li className="text-sm text-muted-foreground">{t("none")}</li> : null}
        {tags.map((tag) => (
          <li
            key={tag}
            className="inline-flex items-center gap-1 rounded-full bg-secondary py-0.5 pl-2.5 pr-1 text-xs font-medium"
          >
            {tag}
            <button
              type="button"
              onClick={() => setTags(tags.filter((item) => item !== tag))}
              aria-label={t("remove", { tag })}
              className="rounded-full p-0.5 hover:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            >
              <X className="h-3 w-3" aria-hidden="true" />
            </button>
          </li>
        ))}
      </ul>
      <div className="space-y-1.5">
        <label htmlFor={inputId} className="text-sm font-medium">
          {t("add")}
        </label>
        <Input
          id={inputId}
          value={draft}
          maxLength={MAX_TAG_LENGTH}
          placeholder={t("placeholder")}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? `${inputId}-problem` : undefined}
          onChange={(event) => setDraft(event.target.value.replace(",", ""))}
          onKeyDown={(event) => {
            if (event.key === "Enter" || event.key === ",") {
              event.preventDefault();
              add();
            }
          }}
        />
        {problem ? (
          <p id={`${inputId}-problem`} className="text-xs text-destructive">
            {problem}
          </p>
        ) : (
          <p className="text-xs text-muted-foreground">{t("hint", { max: MAX_TAGS })}</p>
        )}
      </div>
    </FormDialog>
  );
}
