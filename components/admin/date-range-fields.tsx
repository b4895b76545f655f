"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";

/** Both ends as `YYYY-MM-DD`, empty while unset. */
interface DateRange {
  from: string;
  to: string;
}

/** Such days compare as text. */
export function isBackwards({ from, to }: DateRange): boolean {
  return Boolean(from && to && from > to);
}

interface DateRangeFieldsProps {
  range: DateRange;
  onChange: (range: DateRange) => void;
  /** The last day that can be picked, e.g. today. */
  latest?: string;
  /** Part of a plain form: the fields are submitted as `from` and `to`, and both must be set. */
  submitted?: boolean;
}

/** A period in days, both ends included; an end before the start is said at the end. */
export function DateRangeFields({
  range,
  onChange,
  latest,
  submitted = false,
}: DateRangeFieldsProps) {
  const t = useTranslations("admin.dateRange");
  const { from, to } = range;
  return (
    <>
      <Field label={t("from")}>
        <Input
          type="date"
          name={submitted ? "from" : undefined}
          required={submitted}
          value={from}
          max={to || latest || undefined}
          onChange={(event) => onChange({ from: event.target.value, to })}
        />
      </Field>
      <Field label={t("to")} error={isBackwards(range) ? t("backwards") : undefined}>
        <Input
          type="date"
          name={submitted ? "to" : undefined}
          required={submitted}
          value={to}
          min={from || undefined}
          max={latest}
          onChange={(event) => onChange({ from, to: event.target.value })}
        />
      </Field>
    </>
  );
}
