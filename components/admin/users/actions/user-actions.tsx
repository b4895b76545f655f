"use client";

import { Ban, Gauge, KeyRound, type LucideIcon, RotateCcw, Undo2, UserCog } from "lucide-react";
import { resetUsageAction, revokeAccessAction, unbanUserAction } from "@/app/admin/actions";
import { DeleteButton } from "@/components/common/delete-button";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { Button } from "@/components/ui/button";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { BanDialog } from "./ban-dialog";
import { ConfirmUserActionDialog } from "./confirm-user-action-dialog";
import { DeleteUserDialog } from "./delete-user-dialog";
import { LimitsDialog } from "./limits-dialog";
import { RoleDialog } from "./role-dialog";

type Kind = "ban" | "unban" | "role" | "limits" | "reset" | "revoke" | "delete";

/**
 * Everything an admin can do to an account, each behind a confirmation.
 * A dialog is mounted only while open, so it starts fresh every time.
 */
export function UserActions({ user }: { user: AdminUserDetailDto }) {
  const dialogs = useOpenDialog<Kind>();
  const name = user.displayName || user.email;
  const dialog = (kind: Kind) => ({ user, name, ...dialogs.dialog(kind) });
  const buttons: { kind: Kind; icon: LucideIcon; label: string }[] = [
    user.isBanned
      ? { kind: "unban", icon: Undo2, label: "Unban" }
      : { kind: "ban", icon: Ban, label: "Ban" },
    { kind: "role", icon: UserCog, label: "Change role" },
    { kind: "limits", icon: Gauge, label: "Set limits" },
    { kind: "reset", icon: RotateCcw, label: "Reset usage" },
    { kind: "revoke", icon: KeyRound, label: "Revoke sessions and keys" },
  ];

  return (
    <>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Actions on this user</legend>
        {buttons.map(({ kind, icon: Icon, label }) => (
          <Button
            key={kind}
            type="button"
            variant="outline"
            size="sm"
            onClick={() => dialogs.open(kind)}
          >
            <Icon aria-hidden="true" />
            {label}
          </Button>
        ))}
        <DeleteButton variant="outline" onClick={() => dialogs.open("delete")}>
          Delete user
        </DeleteButton>
      </fieldset>

      {dialogs.current === "ban" ? <BanDialog {...dialog("ban")} /> : null}
      {dialogs.current === "unban" ? (
        <ConfirmUserActionDialog
          {...dialogs.dialog("unban")}
          title={`Unban ${name}?`}
          description="They can sign in and use the app again, with their old data and limits."
          submitLabel="Unban"
          pendingLabel="Unbanning…"
          call={() => unbanUserAction(user.id)}
          success={`${name} can sign in again.`}
        />
      ) : null}
      {dialogs.current === "role" ? <RoleDialog {...dialog("role")} /> : null}
      {dialogs.current === "limits" ? <LimitsDialog {...dialog("limits")} /> : null}
      {dialogs.current === "reset" ? (
        <ConfirmUserActionDialog
          {...dialogs.dialog("reset")}
          title={`Reset ${name}'s usage?`}
          description="Their token, message and cost counters start again from zero, so a token limit applies afresh. The usage history behind the dashboard and the CSV export is kept."
          submitLabel="Reset usage"
          pendingLabel="Resetting…"
          call={() => resetUsageAction(user.id)}
          success={`${name}'s usage was reset.`}
        />
      ) : null}
      {dialogs.current === "revoke" ? (
        <ConfirmUserActionDialog
          {...dialogs.dialog("revoke")}
          title={`Sign ${name} out everywhere?`}
          description="Every session ends at once and every personal API key stops working. They can sign in again and create new keys."
          submitLabel="Revoke access"
          pendingLabel="Revoking…"
          destructive
          call={() => revokeAccessAction(user.id)}
          success={`${name} was signed out everywhere.`}
        />
      ) : null}
      {dialogs.current === "delete" ? <DeleteUserDialog {...dialog("delete")} /> : null}
    </>
  );
}
