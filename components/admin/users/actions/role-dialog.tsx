"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { setRoleAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { cn } from "@/lib/utils";
import { useUserAction } from "../../data";
import type { UserDialogProps } from "./dialog-props";
import { dialogWords } from "./dialog-words";

type Role = AdminUserDetailDto["role"];

const ROLES: Role[] = ["user", "admin"];

export function RoleDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const t = useTranslations("admin.user.role");
  const setRole = useUserAction<AdminUserDetailDto>();
  const [role, setRoleValue] = useState<Role>(user.role);

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      {...dialogWords(t, name)}
      pending={setRole.isPending}
      error={setRole.error?.message}
      canSubmit={role !== user.role}
      onSubmit={() =>
        setRole.mutate(
          {
            call: () => setRoleAction(user.id, { role }),
            success: t(`success.${role}`, { name }),
          },
          { onSuccess: () => onOpenChange(false) },
        )
      }
    >
      <fieldset className="grid gap-2">
        <legend className="sr-only">{t("legend")}</legend>
        {ROLES.map((option) => (
          <label
            key={option}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              role === option ? "border-brand bg-brand/5" : "hover:bg-muted/40",
            )}
          >
            <input
              type="radio"
              name="role"
              value={option}
              checked={role === option}
              onChange={() => setRoleValue(option)}
              className="mt-0.5 h-4 w-4 accent-[hsl(var(--brand))]"
            />
            <span>
              <span className="block font-medium">
                {t(`roles.${option}.label`)}
                {option === user.role ? (
                  <span className="font-normal text-muted-foreground"> {t("current")}</span>
                ) : null}
              </span>
              <span className="block text-muted-foreground">{t(`roles.${option}.hint`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
