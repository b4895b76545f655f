"use client";

import { useTranslations } from "next-intl";
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
  const t = useTranslations("chat.deleteMessage");
  const common = useTranslations("common");
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
      title={t("title")}
      description={messageRole === "user" ? t("message") : t("reply")}
      submitLabel={common("delete")}
      pendingLabel={common("deleting")}
      destructive
      pending={pending}
      onSubmit={() => void confirm()}
      className="max-w-lg"
    />
  );
}
