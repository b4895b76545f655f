import { formatCount } from "@/components/common/format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { StatTable } from "../stat-table";

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
  return (
    <StatTable
      title="Model provider errors"
      description="Failed model calls in the last hour, by model and kind."
      emptyText="No failed model calls in the last hour."
      rows={[...errors].sort((a, b) => b.count - a.count)}
      rowKey={(row) => `${row.model}:${row.kind}`}
      columns={[
        { label: "Model", cellClassName: "truncate font-medium", cell: (row) => row.model },
        {
          label: "Kind",
          width: "w-36",
          cellClassName: "text-muted-foreground",
          cell: (row) => KINDS[row.kind],
        },
        { label: "Calls", width: "w-16", align: "right", cell: (row) => formatCount(row.count) },
      ]}
    />
  );
}
