"use client";

import { OptionSelect, type SelectOption } from "@/components/ui/native-select";
import { SearchField } from "@/components/ui/search-field";
import type { GallerySort } from "@/lib/configs/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";

const SORTS: SelectOption<GallerySort>[] = [
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
          label="Search the gallery"
          placeholder="Search name, description, tag"
        />
      </div>
      <OptionSelect
        aria-label="Model"
        value={value.model}
        options={[
          { value: "", label: "All models" },
          ...sortedModels.map((model) => ({ value: model.id, label: model.name })),
        ]}
        onChange={(model) => onChange({ ...value, model })}
      />
      <OptionSelect
        aria-label="Sort by"
        value={value.sort}
        options={SORTS}
        onChange={(sort) => onChange({ ...value, sort })}
      />
    </div>
  );
}
