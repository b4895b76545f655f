"use client";

import { ChevronDown } from "lucide-react";
import { useTranslations } from "next-intl";
import { Fragment, useState } from "react";
import { useFormat } from "@/components/common/use-format";
import type { AuditEntryDto } from "@/lib/admin/dto";
import { cn } from "@/lib/utils";
import { DataTable } from "../data-table";
import { AuditDiffView } from "./audit-diff-view";
import { AuditTarget } from "./audit-target";
import { actionLabel, adminName } from "./audit-text";

interface AuditRowsTableProps {
  entries: AuditEntryDto[];
  onFilterTarget: (targetId: string) => void;
}

/** The audit log from a tablet width up; each entry opens onto what it changed. */
export function AuditRowsTable({ entries, onFilterTarget }: AuditRowsTableProps) {
  const t = useTranslations("admin.audit");
  const f = useFormat();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());

  function toggle(id: string) {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  return (
    <DataTable
      caption={t("table.caption")}
      className="min-w-[60rem]"
      columns={[
        { label: t("table.time") },
        { label: t("table.admin") },
        { label: t("table.action") },
        { label: t("table.target") },
        { label: t("table.reason") },
        { label: t("table.ip") },
        { label: t("changes"), srOnly: true },
      ]}
    >
      <tbody>
        {entries.map((entry) => {
          const expanded = open.has(entry.id);
          const detailsId = `audit-${entry.id}`;
          return (
            <Fragment key={entry.id}>
              <tr className={cn("border-t align-top", expanded && "bg-muted/30")}>
                <td className="whitespace-nowrap px-3 py-2.5 tabular-nums text-muted-foreground">
                  <time dateTime={entry.createdAt}>{f.dateTime(entry.createdAt)}</time>
                </td>
                <td className="max-w-[12rem] px-3 py-2.5">
                  <span className="block truncate">{adminName(t, entry)}</span>
                </td>
                <td className="whitespace-nowrap px-3 py-2.5 font-medium">
                  {actionLabel(t, entry.action)}
                </td>
                <td className="max-w-[14rem] px-3 py-2.5">
                  <AuditTarget entry={entry} onFilter={onFilterTarget} />
                </td>
                <td className="max-w-[16rem] px-3 py-2.5">
                  {entry.reason ? (
                    <span className="line-clamp-2 break-words">{entry.reason}</span>
                  ) : (
                    <span className="text-muted-foreground">—</span>
                  )}
                </td>
                <td className="whitespace-nowrap px-3 py-2.5 font-mono text-xs text-muted-foreground">
                  {entry.ip ?? "—"}
                </td>
                <td className="px-3 py-2 text-right">
                  <button
                    type="button"
                    onClick={() => toggle(entry.id)}
                    aria-expanded={expanded}
                    aria-controls={expanded ? detailsId : undefined}
                    className="inline-flex h-7 items-center gap-1 whitespace-nowrap rounded-md px-2 text-xs font-medium text-muted-foreground hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                  >
                    {t("changes")}
                    <ChevronDown
                      className={cn("h-3.5 w-3.5 transition-transform", expanded && "rotate-180")}
                      aria-hidden="true"
                    />
                  </button>
                </td>
              </tr>
              {expanded ? (
                <tr id={detailsId} className="bg-muted/30">
                  <td colSpan={7} className="px-3 pb-4 pt-1">
                    {entry.reason ? (
                      <p className="mb-2 whitespace-pre-line break-words text-sm">
                        <span className="font-medium">{t("reasonLabel")}</span> {entry.reason}
                      </p>
                    ) : null}
                    <AuditDiffView before={entry.before} after={entry.after} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </tbody>
    </DataTable>
  );
}
