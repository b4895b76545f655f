"use client";

import type { ReactNode } from "react";
import { FormDialog } from "./form-dialog";

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
}

/** Asks before something that cannot be taken back: a delete, an admin unpublish. */
export function ConfirmDialog({
  onOpenChange,
  confirmLabel,
  onConfirm,
  ...text
}: ConfirmDialogProps) {
  return (
    <FormDialog
      {...text}
      onOpenChange={onOpenChange}
      submitLabel={confirmLabel}
      destructive
      onSubmit={() => {
        onOpenChange(false);
        onConfirm();
      }}
    />
  );
}
