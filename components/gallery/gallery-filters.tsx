"use client";

import { Search, X } from "lucide-react";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/native-select";
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
      <div className="relative col-span-2 sm:col-span-1">
        <Search
          className="pointer-events-none absolute left-3 top-1/2 h-4 w-4 -translate-y-1/2 text-muted-foreground"
          aria-hidden="true"
        />
        <Input
          type="search"
          value={value.q}
          onChange={(event) => onChange({ ...value, q: event.target.value })}
          onKeyDown={(event) => {
            if (event.key === "Escape" && value.q) {
              event.preventDefault();
              onChange({ ...value, q: "" });
            }
          }}
          maxLength={100}
          placeholder="Search name, description, tag"
          aria-label="Search the gallery"
          className="pl-9 pr-9 [&::-webkit-search-cancel-button]:hidden"
        />
        {value.q ? (
          <button
            type="button"
            onClick={() => onChange({ ...value, q: "" })}
            aria-label="Clear search"
            className="absolute right-2 top-1/2 flex h-6 w-6 -translate-y-1/2 items-center justify-center rounded-md text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
          >
            <X className="h-3.5 w-3.5" aria-hidden="true" />
          </button>
        ) : null}
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
