"use client";

import { ScrollText, SearchX } from "lucide-react";
import { type ReactNode, useMemo, useState } from "react";
import { Button } from "@/components/ui/button";
import type { AuditEntryDto } from "@/lib/admin/dto";
import type { Page } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { cn } from "@/lib/utils";
import { fetchAuditPage } from "../api";
import { ListEmpty, ListError, LoadMoreButton } from "../list-states";
import { TableSkeleton } from "../page-skeleton";
import { toQueryString } from "../search-params";
import { useAdminList } from "../use-admin-list";
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

  const log = useAdminList({
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

  let body: ReactNode;
  if (log.isPending) {
    body = <TableSkeleton />;
  } else if (log.isError && entries.length === 0) {
    body = (
      <ListError
        what="The audit log"
        message={log.error.message}
        onRetry={() => void log.refetch()}
      />
    );
  } else if (entries.length === 0) {
    body = isAuditFiltered(filter) ? (
      <ListEmpty
        icon={SearchX}
        title="No entry matches"
        action={
          <Button type="button" variant="outline" size="sm" onClick={clear}>
            Clear filters
          </Button>
        }
      >
        Try a longer period or fewer filters.
      </ListEmpty>
    ) : (
      <ListEmpty icon={ScrollText} title="Nothing recorded yet">
        Bans, role changes, limits, deletions and template and config moderation appear here.
      </ListEmpty>
    );
  } else {
    body = (
      <div
        className={cn("space-y-4 transition-opacity", log.isPlaceholderData && "opacity-60")}
        aria-busy={log.isPlaceholderData}
      >
        <div className="hidden md:block">
          <AuditRowsTable entries={entries} onFilterTarget={filterTarget} />
        </div>
        <div className="md:hidden">
          <AuditCards entries={entries} onFilterTarget={filterTarget} />
        </div>
        <LoadMoreButton
          hasMore={log.hasNextPage}
          loading={log.isFetchingNextPage}
          onLoad={() => void log.fetchNextPage()}
        />
      </div>
    );
  }

  return (
    <div className="space-y-4">
      <AuditFilterBar filter={filter} onChange={change} onClear={clear} admins={admins} />
      {body}
    </div>
  );
}
