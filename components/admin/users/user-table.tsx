"use client";

import { Users } from "lucide-react";
import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { EmptyState } from "@/components/common/empty-state";
import { NoMatches } from "@/components/common/page-list-states";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import type { AdminUserRowDto } from "@/lib/admin/dto";
import type { Page } from "@/lib/conversations/dto";
import { useUserList } from "../data";
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
  const t = useTranslations("admin.users");
  const startFilter = useFilterFromUrl(parseUserFilter);
  const [search, setSearch] = useState(startFilter.q);
  const [controls, setControls] = useState<Omit<UserFilter, "q">>(startFilter);
  const q = useDebouncedValue(search, 300);
  const filter = useMemo(() => ({ ...controls, q }), [controls, q]);
  const query = useMemo(() => userFilterQuery(filter), [filter]);
  useUrlQuery(query);

  const list = useUserList(query, { page: initial, query: userFilterQuery(serverFilter) });
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
          {t(list.hasNextPage ? "countMore" : "count", { count: users.length })}
        </p>
      ) : null}
      <PagedList
        query={list}
        count={users.length}
        what={t("loadWhat")}
        empty={
          filtered ? (
            <NoMatches title={t("noMatches.title")} onClear={clear}>
              {t("noMatches.description")}
            </NoMatches>
          ) : (
            <EmptyState icon={Users} title={t("empty.title")}>
              {t("empty.description")}
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
