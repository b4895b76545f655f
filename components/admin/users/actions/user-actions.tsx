"use client";

import { Ban, Gauge, KeyRound, type LucideIcon, RotateCcw, Undo2, UserCog } from "lucide-react";
import { useTranslations } from "next-intl";
import { resetUsageAction, revokeAccessAction, unbanUserAction } from "@/app/admin/actions";
import { DeleteButton } from "@/components/common/delete-button";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { Button } from "@/components/ui/button";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { BanDialog } from "./ban-dialog";
import { ConfirmUserActionDialog } from "./confirm-user-action-dialog";
import { DeleteUserDialog } from "./delete-user-dialog";
import { dialogWords } from "./dialog-words";
import { LimitsDialog } from "./limits-dialog";
import { RoleDialog } from "./role-dialog";

type Kind = "ban" | "unban" | "role" | "limits" | "reset" | "revoke" | "delete";

/**
 * Everything an admin can do to an account, each behind a confirmation.
 * A dialog is mounted only while open, so it starts fresh every time.
 */
export function UserActions({ user }: { user: AdminUserDetailDto }) {
  const t = useTranslations("admin.user.actions");
  const unban = useTranslations("admin.user.actions.unbanDialog");
  const reset = useTranslations("admin.user.actions.resetDialog");
  const revoke = useTranslations("admin.user.actions.revokeDialog");
  const dialogs = useOpenDialog<Kind>();
  const name = user.displayName || user.email;
  const dialog = (kind: Kind) => ({ user, name, ...dialogs.dialog(kind) });
  const buttons: { kind: Kind; icon: LucideIcon; label: string }[] = [
    user.isBanned
      ? { kind: "unban", icon: Undo2, label: t("unban") }
      : { kind: "ban", icon: Ban, label: t("ban") },
    { kind: "role", icon: UserCog, label: t("role") },
    { kind: "limits", icon: Gauge, label: t("limits") },
    { kind: "reset", icon: RotateCcw, label: t("reset") },
    { kind: "revoke", icon: KeyRound, label: t("revoke") },
  ];

  return (
    <>
      <fieldset className="flex flex-wrap gap-2">
        <legend className="sr-only">{t("legend")}</legend>
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
          {t("delete")}
        </DeleteButton>
      </fieldset>

      {dialogs.current === "ban" ? <BanDialog {...dialog("ban")} /> : null}
      {dialogs.current === "unban" ? (
        <ConfirmUserActionDialog
          {...dialogs.dialog("unban")}
          {...dialogWords(unban, name)}
          call={() => unbanUserAction(user.id)}
          success={unban("success", { name })}
        />
      ) : null}
      {dialogs.current === "role" ? <RoleDialog {...dialog("role")} /> : null}
      {dialogs.current === "limits" ? <LimitsDialog {...dialog("limits")} /> : null}
      {dialogs.current === "reset" ? (
        <ConfirmUserActionDialog
          {...dialogs.dialog("reset")}
          {...dialogWords(reset, name)}
          call={() => resetUsageAction(user.id)}
          success={reset("success", { name })}
        />
      ) : null}
      {dialogs.current === "revoke" ? (
        <ConfirmUserActionDialog
          {...dialogs.dialog("revoke")}
          {...dialogWords(revoke, name)}
          destructive
          call={() => revokeAccessAction(user.id)}
          success={revoke("success", { name })}
        />
      ) : null}
      {dialogs.current === "delete" ? <DeleteUserDialog {...dialog("delete")} /> : null}
    </>
  );
}
