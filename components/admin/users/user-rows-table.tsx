"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { useFormat } from "@/components/common/use-format";
import { UserAvatar } from "@/components/layout/user-avatar";
import type { AdminUserRowDto } from "@/lib/admin/dto";
import type { UserSort } from "@/lib/admin/schemas";
import { type Column, DataTable } from "../data-table";
import { userHref } from "../links";
import { RoleBadge, StatusBadge } from "./user-badges";
import type { UserFilter } from "./user-filter";
import { UserNameLink } from "./user-name-link";

interface UserRowsTableProps {
  users: AdminUserRowDto[];
  filter: UserFilter;
  onSort: (column: UserSort) => void;
}

/** The user list from a tablet width up; a row opens the user, its name is the keyboard's way in. */
export function UserRowsTable({ users, filter, onSort }: UserRowsTableProps) {
  const t = useTranslations("admin.users.table");
  const f = useFormat();
  const router = useRouter();
  const sortable = (label: string, column: UserSort, align?: "right"): Column => ({
    label,
    align,
    sort: { active: filter.sort === column, order: filter.order, onSort: () => onSort(column) },
  });

  function openRow(event: MouseEvent<HTMLTableRowElement>, id: string) {
    // The name link navigates by itself; a selection drag is not a click.
    if ((event.target as HTMLElement).closest("a") || window.getSelection()?.toString()) return;
    router.push(userHref(id));
  }

  return (
    <DataTable
      caption={t("caption")}
      className="min-w-[52rem]"
      columns={[
        sortable(t("user"), "email"),
        { label: t("role") },
        { label: t("status") },
        sortable(t("tokens"), "tokens", "right"),
        sortable(t("cost"), "cost", "right"),
        { label: t("messages"), align: "right" },
        sortable(t("lastActive"), "lastActive"),
        sortable(t("joined"), "created"),
      ]}
    >
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
                  <UserNameLink id={user.id} displayName={user.displayName} email={user.email} />
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
              {f.count(user.tokensUsed)}
              <span className="block text-xs text-muted-foreground">
                {user.tokensLimit < 0
                  ? t("noLimit")
                  : t("ofLimit", { limit: f.count(user.tokensLimit) })}
              </span>
            </td>
            <td className="px-3 py-2.5 text-right tabular-nums">{f.usd(user.costUsd)}</td>
            <td className="px-3 py-2.5 text-right tabular-nums">{f.count(user.messagesSent)}</td>
            <td className="whitespace-nowrap px-3 py-2.5 text-muted-foreground">
              {f.lastActive(user.lastActive)}
            </td>
            <td className="whitespace-nowrap px-3 py-2.5 text-muted-foreground">
              {f.date(user.createdAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </DataTable>
  );
}
