"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

interface ParameterSliderProps {
  label: string;
  hint: string;
  min: number;
  max: number;
  step: number;
  value: number;
  onChange: (value: number) => void;
  error?: string;
}

/**
 * A number with a slider for feel and a box for exact values. The box keeps
 * what is typed ("-", "1.") until it is a number, so any value can be entered.
 */
export function ParameterSlider({
  label,
  hint,
  min,
  max,
  step,
  value,
  onChange,
  error,
}: ParameterSliderProps) {
  const t = useTranslations("configs.parameters");
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = error ? `${errorId} ${hintId}` : hintId;

  return (
    <div className="space-y-2">
      <div className="flex items-center justify-between gap-3">
        <Label htmlFor={id}>{label}</Label>
        <Input
          type="number"
          inputMode="decimal"
          min={min}
          max={max}
          step={step}
          aria-label={t("exactValue", { label })}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          value={draft ?? String(value)}
          onChange={(event) => {
            const text = event.target.value;
            setDraft(text);
            const parsed = Number(text);
            if (text.trim() !== "" && Number.isFinite(parsed)) onChange(parsed);
          }}
          onBlur={() => setDraft(null)}
          className="h-8 w-20 text-right tabular-nums"
        />
      </div>
      <input
        id={id}
        type="range"
        min={min}
        max={max}
        step={step}
        value={Math.min(max, Math.max(min, value))}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(event) => {
          setDraft(null);
          onChange(Number(event.target.value));
        }}
        className="block h-2 w-full cursor-pointer accent-[hsl(var(--brand))] focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
      />
      {error ? (
        <p id={errorId} className="text-sm text-destructive">
          {error}
        </p>
      ) : null}
      <p id={hintId} className="text-xs text-muted-foreground">
        {hint}
      </p>
    </div>
  );
}
