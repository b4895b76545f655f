"use client";

import { Ban, Gauge, KeyRound, RotateCcw, Undo2, UserCog } from "lucide-react";
import { useState } from "react";
import { resetUsageAction, revokeAccessAction, unbanUserAction } from "@/app/admin/actions";
import { DeleteButton } from "@/components/common/delete-button";
import { Button } from "@/components/ui/button";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { BanDialog } from "./ban-dialog";
import { ConfirmUserActionDialog } from "./confirm-user-action-dialog";
import { DeleteUserDialog } from "./delete-user-dialog";
import { LimitsDialog } from "./limits-dialog";
import { RoleDialog } from "./role-dialog";

type Open = "ban" | "unban" | "role" | "limits" | "reset" | "revoke" | "delete" | null;

/**
 * Everything an admin can do to an account, each behind a confirmation.
 * A dialog is mounted only while open, so it starts fresh every time.
 */
export function UserActions({ user }: { user: AdminUserDetailDto }) {
  const [open, setOpen] = useState<Open>(null);
  const name = user.displayName || user.email;
  const openProps = (which: Exclude<Open, null>) => ({
    open: open === which,
    onOpenChange: (next: boolean) => setOpen(next ? which : null),
  });
  const dialog = (which: Exclude<Open, null>) => ({ user, name, ...openProps(which) });

  return (
    <>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">Actions on this user</legend>
        {user.isBanned ? (
          <Button type="button" variant="outline" size="sm" onClick={() => setOpen("unban")}>
            <Undo2 aria-hidden="true" />
            Unban
          </Button>
        ) : (
          <Button type="button" variant="outline" size="sm" onClick={() => setOpen("ban")}>
            <Ban aria-hidden="true" />
            Ban
          </Button>
        )}
        <Button type="button" variant="outline" size="sm" onClick={() => setOpen("role")}>
          <UserCog aria-hidden="true" />
          Change role
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={() => setOpen("limits")}>
          <Gauge aria-hidden="true" />
          Set limits
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={() => setOpen("reset")}>
          <RotateCcw aria-hidden="true" />
          Reset usage
        </Button>
        <Button type="button" variant="outline" size="sm" onClick={() => setOpen("revoke")}>
          <KeyRound aria-hidden="true" />
          Revoke sessions and keys
        </Button>
        <DeleteButton variant="outline" onClick={() => setOpen("delete")}>
          Delete user
        </DeleteButton>
      </fieldset>

      {open === "ban" ? <BanDialog {...dialog("ban")} /> : null}
      {open === "unban" ? (
        <ConfirmUserActionDialog
          {...openProps("unban")}
          title={`Unban ${name}?`}
          description="They can sign in and use the app again, with their old data and limits."
          submitLabel="Unban"
          pendingLabel="Unbanning…"
          call={() => unbanUserAction(user.id)}
          success={`${name} can sign in again.`}
        />
      ) : null}
      {open === "role" ? <RoleDialog {...dialog("role")} /> : null}
      {open === "limits" ? <LimitsDialog {...dialog("limits")} /> : null}
      {open === "reset" ? (
        <ConfirmUserActionDialog
          {...openProps("reset")}
          title={`Reset ${name}'s usage?`}
          description="Their token, message and cost counters start again from zero, so a token limit applies afresh. The usage history behind the dashboard and the CSV export is kept."
          submitLabel="Reset usage"
          pendingLabel="Resetting…"
          call={() => resetUsageAction(user.id)}
          success={`${name}'s usage was reset.`}
        />
      ) : null}
      {open === "revoke" ? (
        <ConfirmUserActionDialog
          {...openProps("revoke")}
          title={`Sign ${name} out everywhere?`}
          description="Every session ends at once and every personal API key stops working. They can sign in again and create new keys."
          submitLabel="Revoke access"
          pendingLabel="Revoking…"
          destructive
          call={() => revokeAccessAction(user.id)}
          success={`${name} was signed out everywhere.`}
        />
      ) : null}
      {open === "delete" ? <DeleteUserDialog {...dialog("delete")} /> : null}
    </>
  );
}
