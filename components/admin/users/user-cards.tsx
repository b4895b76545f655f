import { ChevronRight } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useFormat } from "@/components/common/use-format";
import { UserAvatar } from "@/components/layout/user-avatar";
import type { AdminUserRowDto } from "@/lib/admin/dto";
import { userHref } from "../links";
import { RoleBadge, StatusBadge } from "./user-badges";

/** The user list on a phone: one card per user, the whole card a link. */
export function UserCards({ users }: { users: AdminUserRowDto[] }) {
  const t = useTranslations("admin.users");
  const f = useFormat();
  return (
    <ul aria-label={t("title")} className="divide-y rounded-xl border">
      {users.map((user) => (
        <li key={user.id}>
          <Link
            href={userHref(user.id)}
            className="flex items-center gap-3 p-4 transition-colors hover:bg-muted/40 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring"
          >
            <UserAvatar name={user.displayName || user.email} src="" className="h-9 w-9 text-xs" />
            <span className="min-w-0 flex-1 space-y-1">
              <span className="block truncate text-sm font-medium">
                {user.displayName || user.email}
              </span>
              <span className="block truncate text-xs text-muted-foreground">{user.email}</span>
              <span className="flex flex-wrap items-center gap-1.5">
                <RoleBadge role={user.role} />
                <StatusBadge isBanned={user.isBanned} />
              </span>
              <span className="block text-xs text-muted-foreground">
                {t("cards.tokens", { tokens: f.count(user.tokensUsed) })} · {f.usd(user.costUsd)} ·{" "}
                {user.lastActive
                  ? t("cards.lastActive", { date: f.date(user.lastActive) })
                  : t("cards.neverActive")}
              </span>
            </span>
            <ChevronRight className="h-4 w-4 shrink-0 text-muted-foreground" aria-hidden="true" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
