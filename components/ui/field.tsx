import { useTranslations } from "next-intl";
import { cloneElement, type ReactElement, useId } from "react";
import { fieldSentence } from "@/lib/i18n/field-sentence";
import { cn } from "@/lib/utils";
import { Label } from "./label";

/**
 * Server and schema messages are fragments ("must be at least 8 characters");
 * this names the field so the sentence stands on its own, in the reader's
 * language where the fragment is a known one.
 */
export function fieldMessage(label: string, messages: string[] | undefined): string | undefined {
  const first = messages?.[0];
  if (!first) return undefined;
  const isFragment = /^[a-z]/.test(first);
  const translated = isFragment ? fieldSentence(label, first) : undefined;
  if (translated) return translated;
  const sentence = isFragment ? `${label} ${first}` : first;
  return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
}

interface FieldProps {
  label: string;
  /** The control; it receives id, aria-invalid and aria-describedby. */
  children: ReactElement<{
    id?: string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }>;
  error?: string;
  hint?: React.ReactNode;
  /** Extra content on the label row, e.g. a character counter. */
  aside?: React.ReactNode;
  /** Says "(optional)" beside the label, where the other fields of a form are required. */
  optional?: boolean;
  className?: string;
}

export function Field({ label, children, error, hint, aside, optional, className }: FieldProps) {
  const t = useTranslations("common");
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(" ") || undefined;

  return (
    <div className={cn("space-y-2", className)}>
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>
          {label}
          {optional ? (
            <span className="ml-1 font-normal text-muted-foreground">{t("optional")}</span>
          ) : null}
        </Label>
        {aside}
      </div>
      {cloneElement(children, {
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
      })}
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      {hint ? (
        <div id={hintId} className="text-xs text-muted-foreground">
          {hint}
        </div>
      ) : null}
    </div>
  );
}
