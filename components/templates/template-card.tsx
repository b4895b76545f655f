import { Braces, Repeat } from "lucide-react";
import { useTranslations } from "next-intl";
import type { TemplateDto } from "@/lib/templates/dto";

/** A template in the grid; the whole card opens it, through the button on its name. */
export function TemplateCard({ template, onOpen }: { template: TemplateDto; onOpen: () => void }) {
  const t = useTranslations("templates.card");
  const variables = template.variables.length;
  return (
    <article className="relative flex h-full flex-col rounded-xl border bg-card p-4 text-card-foreground shadow-sm transition-colors focus-within:ring-2 focus-within:ring-ring hover:bg-accent/40">
      <div className="flex items-start justify-between gap-3">
        <h2 className="min-w-0 text-base font-semibold leading-snug">
          <button
            type="button"
            onClick={onOpen}
            className="text-left after:absolute after:inset-0 after:rounded-xl focus-visible:outline-none"
          >
            {template.name}
          </button>
        </h2>
        <span className="max-w-[45%] shrink-0 truncate rounded-full bg-secondary px-2.5 py-0.5 text-xs font-medium text-secondary-foreground">
          {template.category}
        </span>
      </div>
      <p className="mt-1.5 line-clamp-2 text-sm text-muted-foreground">
        {template.description || t("noDescription")}
      </p>
      <p className="mt-auto flex flex-wrap gap-x-4 gap-y-1 pt-3 text-xs text-muted-foreground">
        <span className="inline-flex items-center gap-1">
          <Braces className="h-3.5 w-3.5" aria-hidden="true" />
          {variables === 0 ? t("noVariables") : t("variables", { count: variables })}
        </span>
        <span className="inline-flex items-center gap-1">
          <Repeat className="h-3.5 w-3.5" aria-hidden="true" />
          {template.usageCount === 0 ? t("unused") : t("used", { count: template.usageCount })}
        </span>
      </p>
    </article>
  );
}
