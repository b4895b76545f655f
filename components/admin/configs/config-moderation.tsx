"use client";

import { LayoutGrid, SearchX } from "lucide-react";
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

const SORTS: SelectOption<GallerySort>[] = [
  { value: "new", label: "Newest first" },
  { value: "uses", label: "Most used" },
  { value: "saves", label: "Most saved" },
];

/** Every public config and template, to take out of the gallery what should not be there. */
export function ConfigModeration({ initial }: { initial: Page<ConfigDto> }) {
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
          label: "Search shared configs",
          placeholder: "Search names, descriptions and tags",
        }}
      >
        <OptionSelect aria-label="Sort by" value={sort} options={SORTS} onChange={setSort} />
      </FilterBar>
      <PagedList
        query={gallery}
        count={configs.length}
        what="The shared configs"
        empty={
          q ? (
            <EmptyState icon={SearchX} title="Nothing matches">
              No shared config has “{q}” in its name, description or tags.
            </EmptyState>
          ) : (
            <EmptyState icon={LayoutGrid} title="Nothing is shared yet">
              Configs appear here when their authors make them public, and templates when they are
              published as templates.
            </EmptyState>
          )
        }
        table={<ConfigRowsTable configs={configs} />}
        cards={<ConfigCards configs={configs} />}
      />
    </div>
  );
}
