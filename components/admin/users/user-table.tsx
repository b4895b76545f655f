"use client";

import { Users } from "lucide-react";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { NoMatches } from "@/components/common/page-list-states";
import { toQueryString } from "@/components/common/search-params";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { usePagedList } from "@/components/common/use-paged-list";
import type { AdminUserRowDto } from "@/lib/admin/dto";
import type { Page } from "@/lib/conversations/dto";
import { queryKeys } from "@/lib/query-keys";
import { fetchUsersPage } from "../api";
import { PagedList } from "../paged-list";
import { useFilterFromUrl, useUrlQuery } from "../use-url-filter";
import { UserCards } from "./user-cards";
import {
  DEFAULT_USER_FILTER,
  isFiltered,
  parseUserFilter,
  sortBy,
  type UserFilter,
  userFilterQuery,
} from "./user-filter";
import { UserFilterBar } from "./user-filter-bar";
import { UserRowsTable } from "./user-rows-table";

interface UserTableProps {
  /** The first page, rendered on the server for `serverFilter`. */
  initial: Page<AdminUserRowDto>;
  serverFilter: UserFilter;
}

export function UserTable({ initial, serverFilter }: UserTableProps) {
  const startFilter = useFilterFromUrl(parseUserFilter);
  const [search, setSearch] = useState(startFilter.q);
  const [controls, setControls] = useState<Omit<UserFilter, "q">>(startFilter);
  const q = useDebouncedValue(search, 300);
  const filter = useMemo(() => ({ ...controls, q }), [controls, q]);
  const query = useMemo(() => userFilterQuery(filter), [filter]);
  const serverSearch = useMemo(() => toQueryString(userFilterQuery(serverFilter)), [serverFilter]);
  useUrlQuery(query);

  const list = usePagedList({
    queryKey: queryKeys.admin.userList(query),
    fetchPage: (cursor, signal) => fetchUsersPage(query, cursor, signal),
    initial: toQueryString(query) === serverSearch ? initial : undefined,
  });
  const users = useMemo(() => list.data?.pages.flatMap((page) => page.items) ?? [], [list.data]);
  const filtered = isFiltered(filter);

  function change(patch: Partial<UserFilter>) {
    setControls((current) => ({ ...current, ...patch }));
  }

  function clear() {
    setSearch("");
    setControls(DEFAULT_USER_FILTER);
  }

  return (
    <div className="space-y-4">
      <UserFilterBar search={search} onSearch={setSearch} filter={filter} onChange={change} />
      {users.length > 0 ? (
        <p className="text-xs text-muted-foreground" role="status">
          {users.length === 1 ? "1 user" : `${users.length} users`}
          {list.hasNextPage ? " shown, more below" : ""}
        </p>
      ) : null}
      <PagedList
        query={list}
        count={users.length}
        what="The users"
        empty={
          filtered ? (
            <NoMatches title="No user matches" onClear={clear}>
              Try another name or email, or fewer filters.
            </NoMatches>
          ) : (
            <EmptyState icon={Users} title="No users yet">
              People appear here once they register.
            </EmptyState>
          )
        }
        table={
          <UserRowsTable
            users={users}
            filter={filter}
            onSort={(column) => change(sortBy(filter, column))}
          />
        }
        cards={<UserCards users={users} />}
      />
    </div>
  );
}
