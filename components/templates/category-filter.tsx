"use client";

import { useTranslations } from "next-intl";
import { cn } from "@/lib/utils";

interface CategoryFilterProps {
  categories: readonly string[];
  /** null: every category. */
  value: string | null;
  onChange: (category: string | null) => void;
}

const chip =
  "inline-flex h-8 shrink-0 items-center rounded-full border px-3 text-sm transition-colors hover:bg-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring aria-pressed:border-primary aria-pressed:bg-primary aria-pressed:text-primary-foreground";

/** Category chips; on a phone they scroll sideways instead of taking half the screen. */
export function CategoryFilter({ categories, value, onChange }: CategoryFilterProps) {
  const t = useTranslations("templates.category");
  return (
    // A fieldset is as wide as its content unless told otherwise; the chips must scroll instead.
    <fieldset className="min-w-0">
      <legend className="sr-only">{t("legend")}</legend>
      <div className="-mx-4 flex gap-2 overflow-x-auto px-4 pb-1 sm:mx-0 sm:flex-wrap sm:px-0">
        <button
          type="button"
          aria-pressed={value === null}
          onClick={() => onChange(null)}
          className={chip}
        >
          {t("all")}
        </button>
        {categories.map((category) => (
          <button
            key={category}
            type="button"
            aria-pressed={value === category}
            onClick={() => onChange(value === category ? null : category)}
            className={cn(chip, "max-w-[16rem]")}
          >
            <span className="truncate">{category}</span>
          </button>
        ))}
      </div>
    </fieldset>
  );
}
