"use client";

import type { ReactNode } from "react";
import type { ActionResult } from "@/lib/http/action";
import { ActionDialog } from "./action-dialog";
import { useUserAction } from "./use-user-action";

interface ConfirmUserActionDialogProps<T> {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  pendingLabel: string;
  destructive?: boolean;
  call: () => Promise<ActionResult<T>>;
  success: string;
}

/** An action without input (unban, reset usage, revoke access): confirm, run, report. */
export function ConfirmUserActionDialog<T>({
  open,
  onOpenChange,
  call,
  success,
  ...text
}: ConfirmUserActionDialogProps<T>) {
  const action = useUserAction<T>();
  return (
    <ActionDialog
      {...text}
      open={open}
      onOpenChange={onOpenChange}
      pending={action.isPending}
      error={action.error?.message}
      onSubmit={() => action.mutate({ call, success }, { onSuccess: () => onOpenChange(false) })}
    />
  );
}
