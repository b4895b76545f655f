import { formatDate, formatLastActive } from "@/components/common/format";
import { UserAvatar } from "@/components/layout/user-avatar";
import { Alert } from "@/components/ui/alert";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { RoleBadge, StatusBadge } from "./user-badges";

interface UserProfileHeaderProps {
  user: AdminUserDetailDto;
  /** The admin is looking at their own account: some actions will be refused. */
  isSelf: boolean;
}

export function UserProfileHeader({ user, isSelf }: UserProfileHeaderProps) {
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
                You
              </span>
            ) : null}
          </div>
          <p className="break-all text-sm text-muted-foreground">{user.email}</p>
          <p className="text-xs text-muted-foreground">
            Joined {formatDate(user.createdAt)} · Last active {formatLastActive(user.lastActive)}
          </p>
        </div>
      </div>
      {user.bio ? (
        <p className="max-w-prose whitespace-pre-line text-sm text-muted-foreground">{user.bio}</p>
      ) : null}
      {user.isBanned ? (
        <Alert variant="destructive">
          <span className="font-medium">Banned.</span>{" "}
          {user.banReason ? `Reason: ${user.banReason}` : "No reason was recorded."}
        </Alert>
      ) : null}
    </div>
  );
}
