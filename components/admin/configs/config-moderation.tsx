"use client";

import { LayoutGrid, SearchX } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { FilterBar } from "@/components/common/filter-bar";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { type GalleryFilter, useGallery } from "@/components/configs/data";
import { OptionSelect, type SelectOption } from "@/components/ui/native-select";
import type { ConfigDto } from "@/lib/configs/dto";
import type { GallerySort } from "@/lib/configs/schemas";
import type { Page } from "@/lib/conversations/dto";
import { PagedList } from "../paged-list";
import { ConfigCards, ConfigRowsTable } from "./config-rows";
import { MODERATION_SORT } from "./moderation-sort";

const SORTS: GallerySort[] = ["new", "uses", "saves"];

/** Every public config and template, to take out of the gallery what should not be there. */
export function ConfigModeration({ initial }: { initial: Page<ConfigDto> }) {
  const t = useTranslations("admin.configs");
  const sorts: SelectOption<GallerySort>[] = SORTS.map((value) => ({
    value,
    label: t(`sorts.${value}`),
  }));
  const [search, setSearch] = useState("");
  const [sort, setSort] = useState<GallerySort>(MODERATION_SORT);
  const q = useDebouncedValue(search.trim(), 300);
  const filter = useMemo<GalleryFilter>(() => (q ? { q, sort } : { sort }), [q, sort]);
  const isDefault = !q && sort === MODERATION_SORT;
  const gallery = useGallery(filter, isDefault ? initial : undefined);
  const configs = useMemo(
    () => gallery.data?.pages.flatMap((page) => page.items) ?? [],
    [gallery.data],
  );

  return (
    <div className="space-y-4">
      <FilterBar
        className="sm:grid-cols-[minmax(0,1fr)_12rem]"
        search={{
          value: search,
          onChange: setSearch,
          label: t("search.label"),
          placeholder: t("search.placeholder"),
        }}
      >
        <OptionSelect aria-label={t("sortBy")} value={sort} options={sorts} onChange={setSort} />
      </FilterBar>
      <PagedList
        query={gallery}
        count={configs.length}
        what={t("loadWhat")}
        empty={
          q ? (
            <EmptyState icon={SearchX} title={t("noMatches.title")}>
              {t("noMatches.description", { q })}
            </EmptyState>
          ) : (
            <EmptyState icon={LayoutGrid} title={t("empty.title")}>
              {t("empty.description")}
            </EmptyState>
          )
        }
        table={<ConfigRowsTable configs={configs} />}
        cards={<ConfigCards configs={configs} />}
      />
    </div>
  );
}
