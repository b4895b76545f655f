import type { ReactNode } from "react";
import { ChartCard } from "@/components/common/charts/chart-card";
import { cn } from "@/lib/utils";

interface StatColumn<T> {
  label: string;
  /** E.g. `w-24 sm:w-48`; the first column takes what the others leave. */
  width?: string;
  /** Figures line up on the right. */
  align?: "right";
  /** More classes for the column's cells, e.g. `truncate font-medium`. */
  cellClassName?: string;
  cell: (row: T) => ReactNode;
}

interface StatTableProps<T> {
  title: string;
  description: string;
  /** Said instead of the table when there are no rows. */
  emptyText: string;
  rows: T[];
  rowKey: (row: T) => string;
  /** The first column names the row. */
  columns: StatColumn<T>[];
}

/** The first column's and the last's padding reach the card's edges. */
function edge(index: number, count: number): string {
  if (index === 0) return "px-4 sm:px-5";
  return index === count - 1 ? "pl-2 pr-4 sm:pr-5" : "px-2";
}

/** A small table of figures in a card, edge to edge, under a row of column headings. */
export function StatTable<T>({
  title,
  description,
  emptyText,
  rows,
  rowKey,
  columns,
}: StatTableProps<T>) {
  const classes = (column: StatColumn<T>, index: number) =>
    cn(edge(index, columns.length), column.align === "right" && "text-right");
  return (
    <ChartCard
      title={title}
      description={description}
      empty={rows.length === 0}
      emptyText={emptyText}
    >
      <div className="-mx-4 sm:-mx-5">
        <table className="w-full table-fixed text-sm">
          <thead className="text-left text-xs text-muted-foreground">
            <tr className="border-b">
              {columns.map((column, index) => (
                <th
                  key={column.label}
                  scope="col"
                  className={cn("py-2 font-medium", classes(column, index), column.width)}
                >
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="divide-y">
            {rows.map((row) => (
              <tr key={rowKey(row)}>
                {columns.map((column, index) => {
                  const Cell = index === 0 ? "th" : "td";
                  return (
                    <Cell
                      key={column.label}
                      scope={index === 0 ? "row" : undefined}
                      className={cn(
                        "py-2.5",
                        index === 0 && "text-left",
                        column.align === "right" && "tabular-nums",
                        classes(column, index),
                        column.cellClassName,
                      )}
                    >
                      {column.cell(row)}
                    </Cell>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ChartCard>
  );
}
