"use client";

import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import type { useSlashTemplates } from "./use-slash-templates";

type SlashTemplates = ReturnType<typeof useSlashTemplates>;

/**
 * The templates list above the message box. Pressing an option must not take
 * the focus from the box, so the mouse only highlights and picks.
 */
export function SlashTemplateMenu({ slash }: { slash: SlashTemplates }) {
  const t = useTranslations("templates.slash");
  const { items, query, loading, error } = slash;
  let status = "";
  if (!loading && !error) {
    status = items.length === 0 ? t("noMatchStatus") : t("status", { count: items.length });
  }

  return (
    <div className="absolute inset-x-0 bottom-full z-20 mb-2 overflow-hidden rounded-xl border bg-popover text-popover-foreground shadow-lg">
      <p className="border-b px-3 py-2 text-xs font-medium text-muted-foreground">{t("title")}</p>
      <p className="sr-only" role="status">
        {status}
      </p>
      {loading ? (
        <p className="flex items-center gap-2 px-3 py-4 text-sm text-muted-foreground">
          <LoaderCircle className="h-4 w-4 animate-spin" aria-hidden="true" />
          {t("loading")}
        </p>
      ) : null}
      {error ? <p className="px-3 py-4 text-sm text-destructive">{error}</p> : null}
      {!loading && !error && items.length === 0 ? (
        <p className="px-3 py-4 text-sm text-muted-foreground">
          {query ? t("noMatch", { query }) : t("none")}
        </p>
      ) : null}
      <div
        id={slash.listId}
        role="listbox"
        aria-label={t("title")}
        className="max-h-[min(16rem,40dvh)] overflow-y-auto overscroll-contain p-1 empty:hidden"
      >
        {items.map((template) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the message box keeps the keyboard (aria-activedescendant)
          <div
            key={template.id}
            id={slash.optionId(template.id)}
            role="option"
            tabIndex={-1}
            aria-selected={template.id === slash.activeId}
            onMouseDown={(event) => event.preventDefault()}
            onMouseMove={() => slash.highlight(template.id)}
            onClick={() => slash.pick(template)}
            className="flex cursor-pointer items-baseline gap-2 rounded-lg px-2.5 py-2 text-sm aria-selected:bg-accent aria-selected:text-accent-foreground"
          >
            <span className="max-w-[70%] shrink-0 truncate font-medium">{template.name}</span>
            <span className="min-w-0 flex-1 truncate text-xs text-muted-foreground">
              {template.description}
            </span>
            <span className="shrink-0 text-xs text-muted-foreground">{template.category}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
