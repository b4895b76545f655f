"use client";

import { useState } from "react";
import { banUserAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { useUserAction } from "../../data";
import { actionErrors } from "./action-errors";
import type { UserDialogProps } from "./dialog-props";

const MAX_REASON = 500;

export function BanDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const ban = useUserAction<AdminUserDetailDto>();
  const [reason, setReason] = useState("");
  const errors = actionErrors(ban.error, { reason: "Reason" });

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Ban ${name}?`}
      description="They are signed out at once and cannot sign in or use the API until you unban them."
      submitLabel="Ban"
      pendingLabel="Banning…"
      destructive
      pending={ban.isPending}
      error={errors.message}
      canSubmit={reason.trim().length > 0}
      onSubmit={() =>
        ban.mutate(
          {
            call: () => banUserAction(user.id, { reason: reason.trim() }),
            success: `${name} is banned.`,
          },
          { onSuccess: () => onOpenChange(false) },
        )
      }
    >
      <Field
        label="Reason"
        error={errors.fields.reason}
        hint="Recorded in the audit log. Required."
        aside={
          <span className="text-xs tabular-nums text-muted-foreground">
            {reason.length}/{MAX_REASON}
          </span>
        }
      >
        <Textarea
          value={reason}
          maxLength={MAX_REASON}
          rows={3}
          autoFocus
          required
          placeholder="e.g. Sharing their account with others"
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </FormDialog>
  );
}
