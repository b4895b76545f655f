"use client";

import { ScrollText } from "lucide-react";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { NoMatches } from "@/components/common/page-list-states";
import { toQueryString } from "@/components/common/search-params";
import { usePagedList } from "@/components/common/use-paged-list";
import type { AuditEntryDto } from "@/lib/admin/dto";
import type { Page } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchAuditPage } from "../api";
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
  const [filter, setFilter] = useState(useFilterFromUrl(parseAuditFilter));
  const query = useMemo(() => auditFilterQuery(filter), [filter]);
  const serverSearch = useMemo(() => toQueryString(auditFilterQuery(serverFilter)), [serverFilter]);
  useUrlQuery(query);

  const log = usePagedList({
    queryKey: queryKeys.admin.audit(query),
    fetchPage: (cursor, signal) => fetchAuditPage(query, cursor, signal),
    initial: toQueryString(query) === serverSearch ? initial : undefined,
  });
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
        what="The audit log"
        empty={
          isAuditFiltered(filter) ? (
            <NoMatches title="No entry matches" onClear={clear}>
              Try a longer period or fewer filters.
            </NoMatches>
          ) : (
            <EmptyState icon={ScrollText} title="Nothing recorded yet">
              Bans, role changes, limits, deletions and template and config moderation appear here.
            </EmptyState>
          )
        }
        table={<AuditRowsTable entries={entries} onFilterTarget={filterTarget} />}
        cards={<AuditCards entries={entries} onFilterTarget={filterTarget} />}
      />
    </div>
  );
}
