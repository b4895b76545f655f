"use client";

import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Days as `YYYY-MM-DD` compare as text. */
export function isBackwards(from: string, to: string): boolean {
  return Boolean(from && to && from > to);
}

interface DateRangeFieldsProps {
  from: string;
  to: string;
  onFromChange: (from: string) => void;
  onToChange: (to: string) => void;
  /** The last day that can be picked, e.g. today. */
  latest?: string;
  /** Part of a plain form: the fields are submitted as `from` and `to`, and both must be set. */
  submitted?: boolean;
}

/** A period in days, both ends included; an end before the start is said at the end. */
export function DateRangeFields({
  from,
  to,
  onFromChange,
  onToChange,
  latest,
  submitted = false,
}: DateRangeFieldsProps) {
  return (
    <>
      <Field label="From">
        <Input
          type="date"
          name={submitted ? "from" : undefined}
          required={submitted}
          value={from}
          max={to || latest || undefined}
          onChange={(event) => onFromChange(event.target.value)}
        />
      </Field>
      <Field label="To" error={isBackwards(from, to) ? "The end is before the start." : undefined}>
        <Input
          type="date"
          name={submitted ? "to" : undefined}
          required={submitted}
          value={to}
          min={from || undefined}
          max={latest}
          onChange={(event) => onToChange(event.target.value)}
        />
      </Field>
    </>
  );
}
