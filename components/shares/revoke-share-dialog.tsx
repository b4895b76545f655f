"use client";

import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { toast } from "@/components/common/toast";
import type { ShareLinkDto } from "@/lib/shares/dto";
import { useRevokeShare } from "./data";

interface RevokeShareDialogProps {
  link: ShareLinkDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Asks before a link stops working for everyone who has it. */
export function RevokeShareDialog({ link, open, onOpenChange }: RevokeShareDialogProps) {
  const t = useTranslations("shares.revokeDialog");
  const revoke = useRevokeShare();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={t("title")}
      description={t("description", { title: link.title })}
      confirmLabel={t("confirm")}
      onConfirm={() =>
        revoke.mutate(link.id, {
          onSuccess: () => toast.success(t("revoked")),
          onError: (error) => toast.error(error.message),
        })
      }
    />
  );
}
