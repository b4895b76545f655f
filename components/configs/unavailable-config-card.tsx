import { CircleSlash } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId } from "react";
import { UnsaveButton } from "./unsave-button";

/**
 * A saved config its author no longer shares (made private, or taken out of
 * the gallery by an admin). Nothing of it is shown, as it may have changed
 * since; it can only be taken off the list.
 */
export function UnavailableConfigCard({ id }: { id: string }) {
  const t = useTranslations("configs.saved");
  const titleId = useId();
  return (
    <article
      aria-labelledby={titleId}
      className="flex min-w-0 flex-col gap-3 rounded-xl border border-dashed bg-card p-4 text-card-foreground"
    >
      <div className="flex items-start gap-3">
        <span
          aria-hidden="true"
          className="flex h-10 w-10 shrink-0 items-center justify-center rounded-xl bg-muted text-muted-foreground"
        >
          <CircleSlash className="h-5 w-5" />
        </span>
        <div className="min-w-0 flex-1">
          <h3 id={titleId} className="font-semibold leading-tight text-muted-foreground">
            {t("unavailableTitle")}
          </h3>
          <p className="mt-1 text-sm text-muted-foreground">{t("unavailableBody")}</p>
        </div>
      </div>
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-1">
        <UnsaveButton id={id} name={null} />
      </div>
    </article>
  );
}
