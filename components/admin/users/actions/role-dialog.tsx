"use client";

import { useState } from "react";
import { setRoleAction } from "@/app/admin/actions";
import { FormDialog } from "@/components/common/form-dialog";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { cn } from "@/lib/utils";
import { useUserAction } from "../../data";
import type { UserDialogProps } from "./dialog-props";

type Role = AdminUserDetailDto["role"];

const ROLES: { value: Role; label: string; hint: string }[] = [
  { value: "user", label: "User", hint: "Chats, the arena, images and their own settings." },
  {
    value: "admin",
    label: "Admin",
    hint: "Everything a user can, plus this admin area: users, limits, bans and the audit log.",
  },
];

export function RoleDialog({ user, name, open, onOpenChange }: UserDialogProps) {
  const setRole = useUserAction<AdminUserDetailDto>();
  const [role, setRoleValue] = useState<Role>(user.role);

  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Change ${name}'s role`}
      description="The change applies on their next request; their open sessions are signed out."
      submitLabel="Change role"
      pendingLabel="Changing…"
      pending={setRole.isPending}
      error={setRole.error?.message}
      canSubmit={role !== user.role}
      onSubmit={() =>
        setRole.mutate(
          {
            call: () => setRoleAction(user.id, { role }),
            success: `${name} is now ${role === "admin" ? "an admin" : "a user"}.`,
          },
          { onSuccess: () => onOpenChange(false) },
        )
      }
    >
      <fieldset className="grid gap-2">
        <legend className="sr-only">Role</legend>
        {ROLES.map((option) => (
          <label
            key={option.value}
            className={cn(
              "flex cursor-pointer gap-3 rounded-lg border p-3 text-sm transition-colors has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring",
              role === option.value ? "border-brand bg-brand/5" : "hover:bg-muted/40",
            )}
          >
            <input
              type="radio"
              name="role"
              value={option.value}
              checked={role === option.value}
              onChange={() => setRoleValue(option.value)}
              className="mt-0.5 h-4 w-4 accent-[hsl(var(--brand))]"
            />
            <span>
              <span className="block font-medium">
                {option.label}
                {option.value === user.role ? (
                  <span className="font-normal text-muted-foreground"> (current)</span>
                ) : null}
              </span>
              <span className="block text-muted-foreground">{option.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
    </FormDialog>
  );
}
