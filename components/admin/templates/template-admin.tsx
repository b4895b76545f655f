"use client";

import { Plus } from "lucide-react";
import { useTranslations } from "next-intl";
import { type ReactNode, useMemo, useState } from "react";
import { FilterBar } from "@/components/common/filter-bar";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { useTemplateCategories, useTemplates } from "@/components/templates/data";
import {
  TemplateGridSkeleton,
  TemplateListError,
  TemplatesEmpty,
} from "@/components/templates/template-list-states";
import { Button } from "@/components/ui/button";
import type { TemplateDto } from "@/lib/templates/dto";
import { cn } from "@/lib/utils";
import { TemplateAdminRow } from "./template-admin-row";
import { TemplateEditorDialog } from "./template-editor-dialog";

/** What the editor is doing: nothing, creating, or editing one template. */
type Editing = null | { template?: TemplateDto };

/** Every template, hidden ones too: create, edit, show or hide, delete. */
export function TemplateAdmin() {
  const t = useTranslations("admin.templates");
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const q = useDebouncedValue(search.trim(), 250);
  const list = useTemplates({ q: q || undefined, includeInactive: true });
  const categories = useTemplateCategories(true);
  const items = list.data ?? [];
  const hidden = useMemo(() => items.filter((template) => !template.isActive).length, [items]);

  let body: ReactNode;
  if (list.isPending) {
    body = <TemplateGridSkeleton label={t("loading")} />;
  } else if (list.isError) {
    body = <TemplateListError message={list.error.message} onRetry={() => void list.refetch()} />;
  } else if (items.length === 0) {
    body = q ? (
      <TemplatesEmpty filtered>{t("noMatches", { q })}</TemplatesEmpty>
    ) : (
      <TemplatesEmpty
        filtered={false}
        action={
          <Button type="button" size="sm" onClick={() => setEditing({})}>
            <Plus aria-hidden="true" />
            {t("createFirst")}
          </Button>
        }
      >
        {t("emptyDescription")}
      </TemplatesEmpty>
    );
  } else {
    body = (
      <ul
        aria-label={t("listLabel")}
        className={cn("divide-y rounded-xl border", list.isPlaceholderData && "opacity-60")}
      >
        {items.map((template) => (
          <TemplateAdminRow
            key={template.id}
            template={template}
            onEdit={() => setEditing({ template })}
          />
        ))}
      </ul>
    );
  }

  return (
    <div className="space-y-4">
      <FilterBar
        className="sm:grid-cols-[minmax(0,1fr)_auto] sm:items-center"
        search={{
          value: search,
          onChange: setSearch,
          label: t("search.label"),
          placeholder: t("search.placeholder"),
        }}
      >
        <Button type="button" onClick={() => setEditing({})}>
          <Plus aria-hidden="true" />
          {t("new")}
        </Button>
      </FilterBar>
      {list.isSuccess && items.length > 0 ? (
        <p className="text-xs text-muted-foreground" role="status">
          {hidden > 0
            ? t("countWithHidden", { count: items.length, hidden })
            : t("count", { count: items.length })}
        </p>
      ) : null}
      {body}
      {editing ? (
        <TemplateEditorDialog
          key={editing.template?.id ?? "new"}
          template={editing.template}
          categories={categories.data ?? []}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </div>
  );
}
