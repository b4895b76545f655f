"use client";

import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import type { AuditEntryDto } from "@/lib/admin/dto";
import { AuditDiffView } from "./audit-diff-view";
import { AuditTarget } from "./audit-target";
import { actionLabel, adminName } from "./audit-text";

interface AuditCardsProps {
  entries: AuditEntryDto[];
  onFilterTarget: (targetId: string) => void;
}

/** The audit log on a phone: one card per entry, its changes behind a disclosure. */
export function AuditCards({ entries, onFilterTarget }: AuditCardsProps) {
  const t = useTranslations("admin.audit");
  const f = useFormat();
  return (
    <ul aria-label={t("title")} className="divide-y rounded-xl border">
      {entries.map((entry) => (
        <li key={entry.id} className="space-y-2 p-4 text-sm">
          <div className="flex items-baseline justify-between gap-3">
            <span className="font-medium">{actionLabel(t, entry.action)}</span>
            <time dateTime={entry.createdAt} className="shrink-0 text-xs text-muted-foreground">
              {t("utcTime", { time: f.dateTime(entry.createdAt) })}
            </time>
          </div>
          <AuditTarget entry={entry} onFilter={onFilterTarget} />
          <p className="text-xs text-muted-foreground">
            {t("byAdmin", { name: adminName(t, entry) })}
            {entry.ip ? ` · ${entry.ip}` : ""}
          </p>
          {entry.reason ? (
            <p className="whitespace-pre-line break-words">
              <span className="font-medium">{t("reasonLabel")}</span> {entry.reason}
            </p>
          ) : null}
          <details className="group">
            <summary className="cursor-pointer rounded text-xs font-medium text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring">
              {t("changes")}
            </summary>
            <div className="mt-2">
              <AuditDiffView before={entry.before} after={entry.after} />
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
