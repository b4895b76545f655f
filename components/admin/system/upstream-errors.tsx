import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { SystemStatusDto } from "@/lib/admin/dto";
import { StatTable } from "../stat-table";

type UpstreamError = SystemStatusDto["activity"]["upstreamErrors"][number];

const KINDS = {
  "429": "rateLimited",
  "5xx": "providerError",
  cut: "cut",
  timeout: "timeout",
  other: "other",
} as const satisfies Record<UpstreamError["kind"], string>;

/** Which models failed in the last hour, and how. */
export function UpstreamErrors({ errors }: { errors: UpstreamError[] }) {
  const t = useTranslations("admin.system.upstreamErrors");
  const f = useFormat();
  return (
    <StatTable
      title={t("title")}
      description={t("description")}
      emptyText={t("empty")}
      rows={[...errors].sort((a, b) => b.count - a.count)}
      rowKey={(row) => `${row.model}:${row.kind}`}
      columns={[
        { label: t("model"), cellClassName: "truncate font-medium", cell: (row) => row.model },
        {
          label: t("kind"),
          width: "w-36",
          cellClassName: "text-muted-foreground",
          cell: (row) => t(`kinds.${KINDS[row.kind]}`),
        },
        { label: t("calls"), width: "w-16", align: "right", cell: (row) => f.count(row.count) },
      ]}
    />
  );
}
