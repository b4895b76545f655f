"use client";

import { ScrollText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { NoMatches } from "@/components/common/page-list-states";
import type { AuditEntryDto } from "@/lib/admin/dto";
import type { Page } from "@/lib/conversations/dto";
import { useAuditLog } from "../data";
import { PagedList } from "../paged-list";
import { useFilterFromUrl, useUrlQuery } from "../use-url-filter";
import { AuditCards } from "./audit-cards";
import {
  type AuditFilter,
  auditFilterQuery,
  EMPTY_AUDIT_FILTER,
  isAuditFiltered,
  parseAuditFilter,
} from "./audit-filter";
import { type AdminOption, AuditFilterBar } from "./audit-filter-bar";
import { AuditRowsTable } from "./audit-rows-table";

interface AuditLogProps {
  /** The first page, rendered on the server for `serverFilter`. */
  initial: Page<AuditEntryDto>;
  serverFilter: AuditFilter;
  admins: AdminOption[];
}

export function AuditLog({ initial, serverFilter, admins }: AuditLogProps) {
  const t = useTranslations("admin.audit");
  const [filter, setFilter] = useState(useFilterFromUrl(parseAuditFilter));
  const query = useMemo(() => auditFilterQuery(filter), [filter]);
  useUrlQuery(query);

  const log = useAuditLog(query, { page: initial, query: auditFilterQuery(serverFilter) });
  const entries = useMemo(() => log.data?.pages.flatMap((page) => page.items) ?? [], [log.data]);

  const change = (patch: Partial<AuditFilter>) =>
    setFilter((current) => ({ ...current, ...patch }));
  const clear = () => setFilter(EMPTY_AUDIT_FILTER);
  const filterTarget = (targetId: string) => {
    change({ targetId });
    window.scrollTo({ top: 0, behavior: "smooth" });
  };

  return (
    <div className="space-y-4">
      <AuditFilterBar filter={filter} onChange={change} onClear={clear} admins={admins} />
      <PagedList
        query={log}
        count={entries.length}
        what={t("loadWhat")}
        empty={
          isAuditFiltered(filter) ? (
            <NoMatches title={t("noMatches.title")} onClear={clear}>
              {t("noMatches.description")}
            </NoMatches>
          ) : (
            <EmptyState icon={ScrollText} title={t("empty.title")}>
              {t("empty.description")}
            </EmptyState>
          )
        }
        table={<AuditRowsTable entries={entries} onFilterTarget={filterTarget} />}
        cards={<AuditCards entries={entries} onFilterTarget={filterTarget} />}
      />
    </div>
  );
}
