"use client";

import { useTranslations } from "next-intl";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

const SUGGESTIONS = ["🤖", "🦊", "🧠", "✍️", "💡", "🧑‍💻", "📚", "🎨", "🧪", "🌍"];

interface AvatarInputProps {
  value: string;
  onChange: (emoji: string) => void;
  /** From Field. */
  id?: string;
  "aria-invalid"?: boolean;
  "aria-describedby"?: string;
}

/** One emoji, typed or pasted (the system emoji keyboard works), or picked from a few. */
export function AvatarInput({ value, onChange, ...field }: AvatarInputProps) {
  const t = useTranslations("configs.about");
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Input
        {...field}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={16}
        autoComplete="off"
        spellCheck={false}
        className="w-16 text-center text-lg"
      />
      <fieldset className="flex flex-wrap gap-1">
        <legend className="sr-only">{t("suggestedAvatars")}</legend>
        {SUGGESTIONS.map((emoji) => (
          <button
            key={emoji}
            type="button"
            onClick={() => onChange(emoji)}
            aria-label={t("useAvatar", { emoji })}
            aria-pressed={value === emoji}
            className={cn(
              "flex h-8 w-8 items-center justify-center rounded-md text-lg transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
              value === emoji && "bg-accent ring-1 ring-border",
            )}
          >
            {emoji}
          </button>
        ))}
      </fieldset>
    </div>
  );
}
