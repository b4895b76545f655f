"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { Button } from "@/components/ui/button";
import { SearchField } from "@/components/ui/search-field";
import { handOffDraft } from "@/lib/chat/client/draft-handoff";
import type { TemplateDto } from "@/lib/templates/dto";
import { cn } from "@/lib/utils";
import { CategoryFilter } from "./category-filter";
import { useTemplateCategories, useTemplates } from "./data";
import { TemplateCard } from "./template-card";
import { TemplateFillDialog } from "./template-fill-dialog";
import { TemplateGridSkeleton, TemplateListError, TemplatesEmpty } from "./template-list-states";

/**
 * Active templates by category and search. Opening one fills it in a dialog;
 * the text then goes to a new chat's message box.
 */
export function TemplateBrowser({ isAdmin }: { isAdmin: boolean }) {
  const t = useTranslations("templates.browser");
  const router = useRouter();
  const [search, setSearch] = useState("");
  const [category, setCategory] = useState<string | null>(null);
  const [open, setOpen] = useState<TemplateDto | null>(null);
  const q = useDebouncedValue(search.trim(), 250);
  const categories = useTemplateCategories();
  const list = useTemplates({ category: category ?? undefined, q: q || undefined });
  const items = list.data ?? [];
  const filtered = category !== null || q !== "";
  // With no template at all there is nothing to search.
  const nothingYet = list.isSuccess && items.length === 0 && !filtered && search === "";

  function insert(text: string) {
    handOffDraft(text);
    setOpen(null);
    router.push("/chat");
  }

  let body: ReactNode;
  if (list.isPending) {
    body = <TemplateGridSkeleton label={t("loading")} />;
  } else if (list.isError) {
    body = <TemplateListError message={list.error.message} onRetry={() => void list.refetch()} />;
  } else if (items.length === 0) {
    body = filtered ? (
      <TemplatesEmpty
        filtered
        action={
          <Button
            type="button"
            variant="outline"
            size="sm"
            onClick={() => {
              setSearch("");
              setCategory(null);
            }}
          >
            {t("showAll")}
          </Button>
        }
      >
        {category === null
          ? t("noMatch", { q })
          : q
            ? t("noMatchIn", { q, category })
            : t("categoryEmpty", { category })}
      </TemplatesEmpty>
    ) : (
      <TemplatesEmpty
        filtered={false}
        action={
          isAdmin ? (
            <Button asChild size="sm">
              <Link href="/admin/templates">{t("add")}</Link>
            </Button>
          ) : null
        }
      >
        {t("emptyBody")}
      </TemplatesEmpty>
    );
  } else {
    body = (
      <ul
        aria-label={t("list")}
        className={cn(
          "grid gap-3 sm:grid-cols-2 lg:grid-cols-3",
          list.isPlaceholderData && "opacity-60",
        )}
      >
        {items.map((template) => (
          <li key={template.id}>
            <TemplateCard template={template} onOpen={() => setOpen(template)} />
          </li>
        ))}
      </ul>
    );
  }

  return (
    <div className="space-y-4">
      {nothingYet ? null : (
        <SearchField
          value={search}
          onChange={setSearch}
          label={t("searchLabel")}
          placeholder={t("searchPlaceholder")}
        />
      )}
      {categories.data && categories.data.length > 0 ? (
        <CategoryFilter categories={categories.data} value={category} onChange={setCategory} />
      ) : null}
      <p className="sr-only" role="status">
        {list.isSuccess && !list.isPlaceholderData ? t("count", { count: items.length }) : ""}
      </p>
      {body}
      {open ? (
        <TemplateFillDialog
          key={open.id}
          template={open}
          onClose={() => setOpen(null)}
          onInserted={insert}
        />
      ) : null}
    </div>
  );
}
