"use client";

import { useState } from "react";
import { deleteUserAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { useUserAction } from "../../data";
import { actionErrors } from "./action-errors";
import type { UserDialogProps } from "./dialog-props";

export function DeleteUserDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const remove = useUserAction<null>();
  const [typed, setTyped] = useState("");
  const errors = actionErrors(remove.error, { confirmEmail: "Email" });
  const matches = typed.trim().toLowerCase() === user.email.toLowerCase();

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${name}?`}
      description={
        <>
          Their account, conversations, configs, images, API keys and usage history are deleted for
          good. This cannot be undone. To confirm, type{" "}
          <strong className="break-all font-medium text-foreground">{user.email}</strong>.
        </>
      }
      submitLabel="Delete user"
      pendingLabel="Deleting…"
      destructive
      pending={remove.isPending}
      error={errors.message}
      canSubmit={matches}
      onSubmit={() =>
        remove.mutate(
          {
            call: () => deleteUserAction(user.id, { confirmEmail: typed.trim() }),
            success: `${name} was deleted.`,
            redirectTo: "/admin/users",
          },
          { onSuccess: () => onOpenChange(false) },
        )
      }
    >
      <Field label="Email" error={errors.fields.confirmEmail}>
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
