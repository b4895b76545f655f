import "server-only";
import { getLocale, getTranslations } from "next-intl/server";
import { type Formatters, formatters } from "./format";

/** useFormat() for server components: the request's locale and words. */
export async function getFormat(): Promise<Formatters> {
  const [locale, t] = await Promise.all([getLocale(), getTranslations("common")]);
  return formatters(locale, { free: t("free"), never: t("never"), unlimited: t("unlimited") });
}
