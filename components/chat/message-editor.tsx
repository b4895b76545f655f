"use client";

import { useTranslations } from "next-intl";
import { useLayoutEffect, useRef, useState } from "react";
import { sendOnEnter } from "@/components/common/send-on-enter";
import { useAutoResize } from "@/components/common/use-auto-resize";
import { Button } from "@/components/ui/button";

interface MessageEditorProps {
  initial: string;
  onCancel: () => void;
  onSave: (text: string) => void;
}

/** Edits a sent message in place; saving sends the new text as a new version. */
export function MessageEditor({ initial, onCancel, onSave }: MessageEditorProps) {
  const t = useTranslations("chat.editor");
  const common = useTranslations("common");
  const [text, setText] = useState(initial);
  const area = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    const el = area.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(el.value.length, el.value.length);
  }, []);

  useAutoResize(area, text, 320);

  const canSave = text.trim() !== "" && text !== initial;
  const onKeyDown = sendOnEnter({
    onSend: () => (canSave ? onSave(text) : undefined),
    onEscape: onCancel,
  });

  return (
    <div className="w-full rounded-3xl bg-muted px-4 py-3">
      <label className="sr-only" htmlFor="message-editor">
        {t("label")}
      </label>
      <textarea
        id="message-editor"
        ref={area}
        value={text}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={onKeyDown}
        rows={1}
        className="block w-full resize-none bg-transparent text-base leading-6 focus:outline-none md:text-[15px]"
      />
      <div className="mt-2 flex justify-end gap-2">
        <Button type="button" variant="ghost" size="sm" onClick={onCancel} className="rounded-full">
          {common("cancel")}
        </Button>
        <Button
          type="button"
          size="sm"
          onClick={() => onSave(text)}
          disabled={!canSave}
          className="rounded-full"
        >
          {t("saveAndSend")}
        </Button>
      </div>
    </div>
  );
}
