"use client";

import { NativeSelect } from "@/components/ui/native-select";
import { SearchField } from "@/components/ui/search-field";
import type { GallerySort } from "@/lib/configs/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";

const SORTS: { value: GallerySort; label: string }[] = [
  { value: "uses", label: "Most used" },
  { value: "saves", label: "Most saved" },
  { value: "new", label: "Newest" },
];

export interface GalleryControls {
  q: string;
  model: string;
  sort: GallerySort;
}

interface GalleryFiltersProps {
  value: GalleryControls;
  onChange: (value: GalleryControls) => void;
  models: ModelInfo[] | undefined;
}

/** Search, model and order; the tag filter is the row of chips below. */
export function GalleryFilters({ value, onChange, models }: GalleryFiltersProps) {
  const sortedModels = [...(models ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <div className="grid grid-cols-2 gap-3 sm:grid-cols-[minmax(0,1fr)_14rem_10rem]">
      <div className="col-span-2 sm:col-span-1">
        <SearchField
          value={value.q}
          onChange={(q) => onChange({ ...value, q })}
          placeholder="Search name, description, tag"
          label="Search the gallery"
        />
      </div>
      <NativeSelect
        aria-label="Model"
        value={value.model}
        onChange={(event) => onChange({ ...value, model: event.target.value })}
      >
        <option value="">All models</option>
        {sortedModels.map((model) => (
          <option key={model.id} value={model.id}>
            {model.name}
          </option>
        ))}
      </NativeSelect>
      <NativeSelect
        aria-label="Sort by"
        value={value.sort}
        onChange={(event) => onChange({ ...value, sort: event.target.value as GallerySort })}
      >
        {SORTS.map((sort) => (
          <option key={sort.value} value={sort.value}>
            {sort.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
