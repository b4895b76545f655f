"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { UserSort } from "@/lib/admin/schemas";
import { cn } from "@/lib/utils";
import type { SortOrder } from "./user-filter";

interface SortHeaderProps {
  label: string;
  column: UserSort;
  sort: UserSort;
  order: SortOrder;
  onSort: (column: UserSort) => void;
  align?: "left" | "right";
}

/** A column header that sorts the table; aria-sort tells screen readers the current order. */
export function SortHeader({
  label,
  column,
  sort,
  order,
  onSort,
  align = "left",
}: SortHeaderProps) {
  const active = sort === column;
  const Icon = !active ? ArrowUpDown : order === "asc" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={active ? (order === "asc" ? "ascending" : "descending") : "none"}
      className={cn("px-3 py-2 font-medium", align === "right" && "text-right")}
    >
      <button
        type="button"
        onClick={() => onSort(column)}
        className={cn(
          "-mx-1.5 inline-flex items-center gap-1 rounded-md px-1.5 py-1 hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
          active && "text-foreground",
        )}
      >
        {label}
        <Icon className={cn("h-3.5 w-3.5", !active && "opacity-50")} aria-hidden="true" />
      </button>
    </th>
  );
}
