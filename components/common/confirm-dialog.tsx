"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { FormDialog } from "./form-dialog";

interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description: ReactNode;
  /** "Delete" unless said. */
  confirmLabel?: string;
  onConfirm: () => void;
}

/** Asks before something that cannot be taken back: a delete, an admin unpublish. */
export function ConfirmDialog({
  onOpenChange,
  confirmLabel,
  onConfirm,
  ...text
}: ConfirmDialogProps) {
  const t = useTranslations("common");
  return (
    <FormDialog
      {...text}
      onOpenChange={onOpenChange}
      submitLabel={confirmLabel ?? t("delete")}
      destructive
      onSubmit={() => {
        onOpenChange(false);
        onConfirm();
      }}
    />
  );
}
