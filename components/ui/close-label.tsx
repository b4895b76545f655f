import { useTranslations } from "next-intl";

/** What a dialog's or a drawer's × says to screen readers. */
export function CloseLabel() {
  const t = useTranslations("common");
  return <span className="sr-only">{t("close")}</span>;
}
