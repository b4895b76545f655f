"use client";

import { useState } from "react";
import { FormDialog } from "@/components/common/form-dialog";

interface DeleteMessageDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConfirm: () => Promise<void>;
  messageRole: "user" | "assistant" | "system";
}

export function DeleteMessageDialog({
  open,
  onOpenChange,
  onConfirm,
  messageRole,
}: DeleteMessageDialogProps) {
  const [pending, setPending] = useState(false);
  const confirm = async () => {
    setPending(true);
    try {
      await onConfirm();
      onOpenChange(false);
    } finally {
      setPending(false);
    }
  };
  return (
    <FormDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Delete this message?"
      description={
        messageRole === "user"
          ? "The message and every reply below it will be deleted. This can't be undone."
          : "This reply and everything that follows it will be deleted. This can't be undone."
      }
      submitLabel="Delete"
      pendingLabel="Deleting…"
      destructive
      pending={pending}
      onSubmit={() => void confirm()}
      className="max-w-lg"
    />
  );
}
