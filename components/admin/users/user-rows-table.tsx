"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import type { MouseEvent } from "react";
import { UserAvatar } from "@/components/layout/user-avatar";
import type { AdminUserRowDto } from "@/lib/admin/dto";
import type { UserSort } from "@/lib/admin/schemas";
import { formatCount, formatDate, formatLastActive, formatUsd } from "../format";
import { userHref } from "../links";
import { SortHeader } from "./sort-header";
import { RoleBadge, StatusBadge } from "./user-badges";
import type { UserFilter } from "./user-filter";

interface UserRowsTableProps {
  users: AdminUserRowDto[];
  filter: UserFilter;
  onSort: (column: UserSort) => void;
}

/** The user list from a tablet width up; a row opens the user, its name is the keyboard's way in. */
export function UserRowsTable({ users, filter, onSort }: UserRowsTableProps) {
  const router = useRouter();
  const sortProps = { sort: filter.sort, order: filter.order, onSort };

  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    // The name link navigates by itself; a selection drag is not a click.
    if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
    router.push(userHref(id));
  }

  return (
    <div className="overflow-x-auto rounded-xl border">
      <table className="w-full min-w-[52rem] text-sm">
        <caption className="sr-only">Users; select a column header to sort by it</caption>
        <thead className="bg-muted/50 text-left text-xs text-muted-foreground">
          <tr>
            <SortHeader label="User" column="email" {...sortProps} />
            <th scope="col" className="px-3 py-2 font-medium">
              Role
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              Status
            </th>
            <SortHeader label="Tokens" column="tokens" align="right" {...sortProps} />
            <SortHeader label="Cost" column="cost" align="right" {...sortProps} />
            <th scope="col" className="px-3 py-2 text-right font-medium">
              Messages
            </th>
            <SortHeader label="Last active" column="lastActive" {...sortProps} />
            <SortHeader label="Joined" column="created" {...sortProps} />
          </tr>
        </thead>
        <tbody className="divide-y">
          {users.map((user) => (
            <tr
              key={user.id}
              onClick={(event) => openRow(event, user.id)}
              className="cursor-pointer transition-colors hover:bg-muted/40"
            >
              <th scope="row" className="max-w-[18rem] px-3 py-2.5 text-left font-normal">
                <div className="flex items-center gap-3">
                  <UserAvatar
                    name={user.displayName || user.email}
                    src=""
                    className="h-8 w-8 text-xs"
                  />
                  <div className="min-w-0">
                    <Link
                      href={userHref(user.id)}
                      className="block truncate font-medium hover:underline focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
                    >
                      {user.displayName || user.email}
                    </Link>
                    <span className="block truncate text-xs text-muted-foreground">
                      {user.email}
                    </span>
                  </div>
                </div>
              </th>
              <td className="px-3 py-2.5">
                <RoleBadge role={user.role} />
              </td>
              <td className="px-3 py-2.5">
                <StatusBadge isBanned={user.isBanned} />
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">
                {formatCount(user.tokensUsed)}
                <span className="block text-xs text-muted-foreground">
                  {user.tokensLimit < 0 ? "no limit" : `of ${formatCount(user.tokensLimit)}`}
                </span>
              </td>
              <td className="px-3 py-2.5 text-right tabular-nums">{formatUsd(user.costUsd)}</td>
              <td className="px-3 py-2.5 text-right tabular-nums">
                {formatCount(user.messagesSent)}
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-muted-foreground">
                {formatLastActive(user.lastActive)}
              </td>
              <td className="whitespace-nowrap px-3 py-2.5 text-muted-foreground">
                {formatDate(user.createdAt)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
