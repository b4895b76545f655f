"use client";

import { FormDialog, type FormDialogProps } from "@/components/common/form-dialog";
import type { ActionResult } from "@/lib/http/action";
import { useUserAction } from "../../data";

type ConfirmUserActionDialogProps<T> = Pick<
  FormDialogProps,
  "open" | "onOpenChange" | "title" | "description" | "submitLabel" | "pendingLabel" | "destructive"
> & {
  call: () => Promise<ActionResult<T>>;
  success: string;
};

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
    <FormDialog
      {...text}
      open={open}
      onOpenChange={onOpenChange}
      pending={action.isPending}
      error={action.error?.message}
      onSubmit={() => action.mutate({ call, success }, { onSuccess: () => onOpenChange(false) })}
    />
  );
}
