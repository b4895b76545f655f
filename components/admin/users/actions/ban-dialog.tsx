"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { banUserAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import { Field } from "@/components/ui/field";
import { Textarea } from "@/components/ui/textarea";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { useUserAction } from "../../data";
import { actionErrors } from "./action-errors";
import type { UserDialogProps } from "./dialog-props";
import { dialogWords } from "./dialog-words";

const MAX_REASON = 500;

export function BanDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const t = useTranslations("admin.user.ban");
  const ban = useUserAction<AdminUserDetailDto>();
  const [reason, setReason] = useState("");
  const errors = actionErrors(ban.error, { reason: t("reason") });

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      {...dialogWords(t, name)}
      destructive
      pending={ban.isPending}
      error={errors.message}
      canSubmit={reason.trim().length > 0}
      onSubmit={() =>
        ban.mutate(
          {
            call: () => banUserAction(user.id, { reason: reason.trim() }),
            success: t("success", { name }),
          },
          { onSuccess: () => onOpenChange(false) },
        )
      }
    >
      <Field
        label={t("reason")}
        error={errors.fields.reason}
        hint={t("reasonHint")}
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
          placeholder={t("reasonPlaceholder")}
          onChange={(event) => setReason(event.target.value)}
        />
      </Field>
    </FormDialog>
  );
}
