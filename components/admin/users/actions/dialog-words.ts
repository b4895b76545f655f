/** One dialog's messages, e.g. `useTranslations("admin.user.ban")`. */
type DialogTranslator = (
  key: "title" | "description" | "submit" | "pending",
  values?: { name: string },
) => string;

/** A user-action dialog's heading, explanation and button labels; the heading names the user. */
export function dialogWords(t: DialogTranslator, name: string) {
  return {
    title: t("title", { name }),
    description: t("description"),
    submitLabel: t("submit"),
    pendingLabel: t("pending"),
  };
}
