"use client";

import { ArrowDown, ArrowUp, ArrowUpDown } from "lucide-react";
import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

export interface Column {
  label: string;
  align?: "left" | "right";
  /** A header read out but not shown, e.g. over a row's buttons. */
  srOnly?: boolean;
  /** More classes for the header cell, e.g. to hide it on a phone. */
  className?: string;
  /** Makes the header a button that sorts the table by this column. */
  sort?: { active: boolean; order: "asc" | "desc"; onSort: () => void };
}

interface DataTableProps {
  /** What the table lists, for screen readers. */
  caption?: string;
  columns: Column[];
  /** Table classes, e.g. a minimum width that scrolls sideways rather than squeezing. */
  className?: string;
  /** The `<tbody>` (or several). */
  children: ReactNode;
}

/** An admin table: bordered, scrolling sideways when narrow, under a row of column headers. */
export function DataTable({ caption, columns, className, children }: DataTableProps) {
  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className={cn("w-full text-sm", className)}>
        {caption ? <caption className="sr-only">{caption}</caption> : null}
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            {columns.map((column) => (
              <HeaderCell key={column.label} column={column} />
            ))}
          </tr>
        </thead>
        {children}
      </table>
    </div>
  );
}

/** aria-sort tells screen readers how a sortable table is sorted now. */
function HeaderCell({ column }: { column: Column }) {
  const { label, sort } = column;
  const className = cn(
    "px-3 py-2 font-medium",
    column.align === "right" && "text-right",
    column.className,
  );
  if (!sort) {
    return (
      <th scope="col" className={className}>
        {column.srOnly ? <span className="sr-only">{label}</span> : label}
      </th>
    );
  }
  const Icon = !sort.active ? ArrowUpDown : sort.order === "asc" ? ArrowUp : ArrowDown;
  return (
    <th
      scope="col"
      aria-sort={sort.active ? (sort.order === "asc" ? "ascending" : "descending") : "none"}
      className={className}
    >
      <button
        type="button"
        onClick={sort.onSort}
        className={cn(
          "-mx-1.5 inline-flex items-center gap-1 rounded-md px-1.5 py-1 hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
          sort.active && "text-foreground",
        )}
      >
        {label}
        <Icon className={cn("h-3.5 w-3.5", !sort.active && "opacity-50")} aria-hidden="true" />
      </button>
    </th>
  );
}
