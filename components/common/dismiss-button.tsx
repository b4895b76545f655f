import { X } from "lucide-react";
import { useTranslations } from "next-intl";

/** The × that closes a notice or banner. */
export function DismissButton({ onDismiss }: { onDismiss: () => void }) {
  const t = useTranslations("common");
  return (
    <button
      type="button"
      onClick={onDismiss}
      className="rounded-md p-0.5 text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
      aria-label={t("dismiss")}
    >
      <X className="h-4 w-4" aria-hidden="true" />
    </button>
  );
}
