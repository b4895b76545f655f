import { ChartCard } from "@/components/common/charts/chart-card";
import { formatCount } from "@/components/common/format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { CardTable } from "../dashboard/card-table";

type UpstreamError = SystemStatusDto["activity"]["upstreamErrors"][number];

const KINDS: Record<UpstreamError["kind"], string> = {
  "429": "Rate limited (429)",
  "5xx": "Provider error (5xx)",
  cut: "Stream cut off",
  timeout: "Timed out",
  other: "Other",
};

/** Which models failed in the last hour, and how. */
export function UpstreamErrors({ errors }: { errors: UpstreamError[] }) {
  const rows = [...errors].sort((a, b) => b.count - a.count);
  return (
    <ChartCard
      title="Model provider errors"
      description="Failed model calls in the last hour, by model and kind."
      empty={rows.length === 0}
      emptyText="No failed model calls in the last hour."
    >
      <CardTable
        columns={[
          { label: "Model", className: "px-4 sm:px-5" },
          { label: "Kind", className: "w-36 px-2" },
          { label: "Calls", className: "w-16 pl-2 pr-4 text-right sm:pr-5" },
        ]}
      >
        {rows.map((row) => (
          <tr key={`${row.model}:${row.kind}`}>
            <th scope="row" className="truncate px-4 py-2.5 text-left font-medium sm:px-5">
              {row.model}
            </th>
            <td className="px-2 py-2.5 text-muted-foreground">{KINDS[row.kind]}</td>
            <td className="py-2.5 pl-2 pr-4 text-right tabular-nums sm:pr-5">
              {formatCount(row.count)}
            </td>
          </tr>
        ))}
      </CardTable>
    </ChartCard>
  );
}
