"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { deleteUserAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useUserAction } from "../../data";
import { actionErrors } from "./action-errors";
import type { UserDialogProps } from "./dialog-props";

export function DeleteUserDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const t = useTranslations("admin.user.delete");
  const common = useTranslations("common");
  const remove = useUserAction<null>();
  const [typed, setTyped] = useState("");
  const errors = actionErrors(remove.error, { confirmEmail: t("email") });
  const matches = typed.trim().toLowerCase() === user.email.toLowerCase();

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title", { name })}
      description={t.rich("description", {
        email: user.email,
        strong: (chunks) => (
          <strong className="break-all font-medium text-foreground">{chunks}</strong>
        ),
      })}
      submitLabel={t("submit")}
      pendingLabel={common("deleting")}
      destructive
      pending={remove.isPending}
      error={errors.message}
      canSubmit={matches}
      onSubmit={() =>
        remove.mutate(
          {
            call: () => deleteUserAction(user.id, { confirmEmail: typed.trim() }),
            success: t("success", { name }),
            redirectTo: "/admin/users",
          },
          { onSuccess: () => onOpenChange(false) },
        )
      }
    >
      <Field label={t("email")} error={errors.fields.confirmEmail}>
        <Input
          value={typed}
          autoFocus
          autoComplete="off"
          spellCheck={false}
          placeholder={user.email}
          onChange={(event) => setTyped(event.target.value)}
        />
      </Field>
    </FormDialog>
  );
}
