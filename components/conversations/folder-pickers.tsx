"use client";

import { Check } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { ChoiceRadio } from "@/components/common/choice-radio";
import { Input } from "@/components/ui/input";
import { FOLDER_COLORS } from "@/lib/folders/colors";
import { cn } from "@/lib/utils";
import { FOLDER_DOT } from "./folder-badge";

const SUGGESTED_ICONS = ["📁", "💼", "🏠", "📚", "💡", "🧪", "✈️", "🎨", "💻", "📝", "⭐", "🎯"];

interface PickerProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
}

export function ColorPicker({ value, onChange, error }: PickerProps) {
  const t = useTranslations("conversations.folderDialog");
  const labelId = useId();
  return (
    <fieldset className="space-y-2" aria-describedby={error ? `${labelId}-error` : undefined}>
      <legend id={labelId} className="text-sm font-medium">
        {t("color")}
      </legend>
      <div className="flex flex-wrap gap-2">
        {FOLDER_COLORS.map((color) => (
          <label
            key={color}
            title={t(`colors.${color}`)}
            className={cn(
              "relative flex h-7 w-7 cursor-pointer items-center justify-center rounded-full ring-offset-2 ring-offset-background has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              FOLDER_DOT[color],
            )}
          >
            <ChoiceRadio
              name="folder-color"
              value={color}
              selected={value}
              onChoose={onChange}
              className="sr-only"
            />
            <span className="sr-only">{t(`colors.${color}`)}</span>
            {value === color ? <Check className="h-4 w-4 text-white" aria-hidden="true" /> : null}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${labelId}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

export function IconPicker({ value, onChange, error }: PickerProps) {
  const t = useTranslations("conversations.folderDialog");
  const inputId = useId();
  return (
    <div className="space-y-2">
      <label htmlFor={inputId} className="text-sm font-medium">
        {t("icon")} <span className="font-normal text-muted-foreground">{t("iconHint")}</span>
      </label>
      <div className="flex flex-wrap items-center gap-1">
        <Input
          id={inputId}
          value={value}
          maxLength={16}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(event) => onChange(event.target.value.trim())}
          className="h-9 w-14 text-center text-lg"
        />
        {SUGGESTED_ICONS.map((icon) => (
          <button
            key={icon}
            type="button"
            onClick={() => onChange(icon)}
            aria-label={t("useIcon", { icon })}
            aria-pressed={value === icon}
            className="flex h-8 w-8 items-center justify-center rounded-md text-base hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-pressed:bg-accent aria-pressed:ring-1 aria-pressed:ring-border"
          >
            {icon}
          </button>
        ))}
        {value ? (
          <button
            type="button"
            onClick={() => onChange("")}
            className="ml-1 text-xs text-muted-foreground underline-offset-4 hover:underline"
          >
            {t("noIcon")}
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={`${inputId}-error`} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
    </div>
  );
}
