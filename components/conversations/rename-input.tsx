"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

interface RenameInputProps {
  title: string;
  onSave: (title: string) => void;
  onCancel: () => void;
}

const MAX_TITLE = 200;

/** Inline title editor: Enter or leaving the field saves, Escape cancels. */
export function RenameInput({ title, onSave, onCancel }: RenameInputProps) {
  const t = useTranslations("conversations.item");
  const [value, setValue] = useState(title);
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);

  function finish(save: boolean) {
    if (done.current) return;
    done.current = true;
    const next = value.trim();
    if (save && next && next !== title) onSave(next);
    else onCancel();
  }

  return (
    <input
      ref={ref}
      value={value}
      maxLength={MAX_TITLE}
      aria-label={t("titleLabel")}
      data-keeps-escape=""
      onChange={(event) => setValue(event.target.value)}
      onKeyDown={(event) => {
        if (event.key === "Enter") {
          event.preventDefault();
          finish(true);
        } else if (event.key === "Escape") {
          // Keep Escape from also closing the phone drawer.
          event.preventDefault();
          event.stopPropagation();
          finish(false);
        }
      }}
      onBlur={() => finish(true)}
      className="h-9 w-full rounded-lg border border-ring bg-background px-2.5 text-sm outline-none ring-2 ring-ring/30"
    />
  );
}
