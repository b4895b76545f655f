import type { ComponentProps, ReactNode } from "react";
import { SearchField } from "@/components/ui/search-field";
import { cn } from "@/lib/utils";

interface FilterBarProps {
  /** The list's search box, always the first control. */
  search: ComponentProps<typeof SearchField>;
  /** The grid's columns, e.g. `sm:grid-cols-[minmax(0,1fr)_12rem]`: the search, then the controls. */
  className: string;
  /** Where the search sits in that grid, e.g. a full row on a phone. */
  searchClassName?: string;
  /** Selects and toggles that narrow the list. */
  children: ReactNode;
}

/** Above a list: a search box, then what narrows or orders the list, wrapping on a phone. */
export function FilterBar({ search, className, searchClassName, children }: FilterBarProps) {
  return (
    <div className={cn("grid gap-3", className)}>
      <div className={cn("min-w-0", searchClassName)}>
        <SearchField {...search} />
      </div>
      {children}
    </div>
  );
}
