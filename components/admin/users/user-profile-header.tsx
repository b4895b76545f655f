import { getTranslations } from "next-intl/server";
import { UserAvatar } from "@/components/layout/user-avatar";
import { Alert } from "@/components/ui/alert";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { getFormat } from "@/lib/i18n/server-format";
import { RoleBadge, StatusBadge } from "./user-badges";

interface UserProfileHeaderProps {
  user: AdminUserDetailDto;
  /** The admin is looking at their own account: some actions will be refused. */
  isSelf: boolean;
}

export async function UserProfileHeader({ user, isSelf }: UserProfileHeaderProps) {
  const [t, f] = await Promise.all([getTranslations("admin.user.header"), getFormat()]);
  const name = user.displayName || user.email;
  return (
    <div className="space-y-4">
      <div className="flex items-start gap-4">
        <UserAvatar name={name} src={user.avatarUrl} className="h-14 w-14 text-lg" />
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="min-w-0 truncate text-2xl font-semibold tracking-tight">{name}</h1>
            <RoleBadge role={user.role} />
            <StatusBadge isBanned={user.isBanned} />
            {isSelf ? (
              <span className="rounded-full border px-2 py-0.5 text-xs text-muted-foreground">
                {t("you")}
              </span>
            ) : null}
          </div>
          <p className="break-all text-sm text-muted-foreground">{user.email}</p>
          <p className="text-xs text-muted-foreground">
            {t("joined", { date: f.date(user.createdAt) })} ·{" "}
            {t("lastActive", { date: f.lastActive(user.lastActive) })}
          </p>
        </div>
      </div>
      {user.bio ? (
        <p className="max-w-prose whitespace-pre-line text-sm text-muted-foreground">{user.bio}</p>
      ) : null}
      {user.isBanned ? (
        <Alert variant="destructive">
          <span className="font-medium">{t("banned")}</span>{" "}
          {user.banReason ? t("banReason", { reason: user.banReason }) : t("noBanReason")}
        </Alert>
      ) : null}
    </div>
  );
}
