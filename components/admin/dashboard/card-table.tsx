import type { ReactNode } from "react";
import { cn } from "@/lib/utils";

interface Column {
  label: string;
  /** Width, alignment and padding; the first column's and the last's reach the card's edges. */
  className: string;
}

/** A table that fills a chart card edge to edge, under a row of column headings. */
export function CardTable({ columns, children }: { columns: Column[]; children: ReactNode }) {
  return (
    <div className="-mx-4 sm:-mx-5">
      <table className="w-full table-fixed text-sm">
        <thead className="text-left text-xs text-muted-foreground">
          <tr className="border-b">
            {columns.map((column) => (
              <th
                key={column.label}
                scope="col"
                className={cn("py-2 font-medium", column.className)}
              >
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y">{children}</tbody>
      </table>
    </div>
  );
}
