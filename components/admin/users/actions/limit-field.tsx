"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { LimitInput } from "./limit-value";

interface LimitFieldProps {
  label: string;
  /** The Unlimited box's label, e.g. "Unlimited token limit". */
  unlimitedLabel: string;
  hint: string;
  value: LimitInput;
  onChange: (value: LimitInput) => void;
  error?: string;
  /** Tokens are whole; a budget takes cents. */
  step: number;
  prefix?: string;
}

/** A number with an Unlimited box beside it; ticking the box disables the number. */
export function LimitField({
  label,
  unlimitedLabel,
  hint,
  value,
  onChange,
  error,
  step,
  prefix,
}: LimitFieldProps) {
  const common = useTranslations("common");
  const checkboxId = useId();
  return (
    <div className="grid gap-2">
      <Field label={label} hint={hint} error={error}>
        <Input
          type="number"
          inputMode="decimal"
          min={0}
          step={step}
          disabled={value.unlimited}
          value={value.unlimited ? "" : value.text}
          placeholder={value.unlimited ? common("unlimited") : prefix ? `${prefix}0` : "0"}
          onChange={(event) => onChange({ ...value, text: event.target.value })}
        />
      </Field>
      <label htmlFor={checkboxId} className="flex w-fit cursor-pointer items-center gap-2 text-sm">
        <input
          id={checkboxId}
          type="checkbox"
          checked={value.unlimited}
          onChange={(event) => onChange({ ...value, unlimited: event.target.checked })}
          className="h-4 w-4 accent-[hsl(var(--brand))]"
        />
        {unlimitedLabel}
      </label>
    </div>
  );
}
