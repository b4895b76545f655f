"use client";

import { Plus } from "lucide-react";
import { type ReactNode, useMemo, useState } from "react";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { TemplatesEmpty, TemplatesNotReady } from "@/components/templates/template-list-states";
import { useTemplateCategories, useTemplates } from "@/components/templates/use-templates";
import { Button } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
import type { TemplateDto } from "@/lib/templates/dto";
import { cn } from "@/lib/utils";
import { TemplateAdminRow } from "./template-admin-row";
import { TemplateEditorDialog } from "./template-editor-dialog";

/** What the editor is doing: nothing, creating, or editing one template. */
type Editing = null | { template?: TemplateDto };

/** Every template, hidden ones too: create, edit, show or hide, delete. */
export function TemplateAdmin() {
  const [search, setSearch] = useState("");
  const [editing, setEditing] = useState<Editing>(null);
  const q = useDebouncedValue(search.trim(), 250);
  const list = useTemplates({ q: q || undefined, includeInactive: true });
  const categories = useTemplateCategories(true);
  const items = list.data ?? [];
  const hidden = useMemo(() => items.filter((template) => !template.isActive).length, [items]);

  let body: ReactNode;
  if (list.isPending || list.isError) {
    body = <TemplatesNotReady query={list} />;
  } else if (items.length === 0) {
    body = q ? (
      <TemplatesEmpty filtered>No template has “{q}” in its name or description.</TemplatesEmpty>
    ) : (
      <TemplatesEmpty
        filtered={false}
        action={
          <Button type="button" size="sm" onClick={() => setEditing({})}>
            <Plus aria-hidden="true" />
            Create the first one
          </Button>
        }
      >
        Templates are ready-made prompts with blanks that users fill in before sending.
      </TemplatesEmpty>
    );
  } else {
    body = (
      <ul
        aria-label="Templates"
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
      <div className="flex flex-col gap-3 sm:flex-row sm:items-center">
        <div className="min-w-0 flex-1">
          <SearchField
            value={search}
            onChange={setSearch}
            label="Search templates"
            placeholder="Search by name or description"
          />
        </div>
        <Button type="button" onClick={() => setEditing({})}>
          <Plus aria-hidden="true" />
          New template
        </Button>
      </div>
      {list.isSuccess && items.length > 0 ? (
        <p className="text-xs text-muted-foreground" role="status">
          {items.length} {items.length === 1 ? "template" : "templates"}
          {hidden > 0 ? `, ${hidden} hidden from users` : ""}
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
