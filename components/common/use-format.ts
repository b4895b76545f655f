"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Formatters, formatters } from "@/lib/i18n/format";

/** Amounts, counts, dates and durations as the reader's language writes them. */
export function useFormat(): Formatters {
  const locale = useLocale();
  const t = useTranslations("common");
  return formatters(locale, { free: t("free"), never: t("never"), unlimited: t("unlimited") });
}
