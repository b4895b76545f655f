"use client";

import { useTranslations } from "next-intl";
import { FilterBar } from "@/components/common/filter-bar";
import { NativeSelect, OptionSelect, type SelectOption } from "@/components/ui/native-select";
import type { GallerySort } from "@/lib/configs/schemas";
import type { ModelInfo } from "@/lib/llm/model-info";

const SORTS: GallerySort[] = ["uses", "saves", "new"];

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
  const t = useTranslations("gallery.filters");
  const sorts: SelectOption<GallerySort>[] = SORTS.map((sort) => ({
    value: sort,
    label: t(`sorts.${sort}`),
  }));
  const sortedModels = [...(models ?? [])].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <FilterBar
      className="grid-cols-2 sm:grid-cols-[minmax(0,1fr)_14rem_10rem]"
      searchClassName="col-span-2 sm:col-span-1"
      search={{
        value: value.q,
        onChange: (q) => onChange({ ...value, q }),
        placeholder: t("searchPlaceholder"),
        label: t("searchLabel"),
      }}
    >
      <NativeSelect
        aria-label={t("model")}
        value={value.model}
        onChange={(event) => onChange({ ...value, model: event.target.value })}
      >
        <option value="">{t("allModels")}</option>
        {sortedModels.map((model) => (
          <option key={model.id} value={model.id}>
            {model.name}
          </option>
        ))}
      </NativeSelect>
      <OptionSelect
        aria-label={t("sortBy")}
        value={value.sort}
        options={sorts}
        onChange={(sort) => onChange({ ...value, sort })}
      />
    </FilterBar>
  );
}
