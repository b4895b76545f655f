"use client";

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
  const revoke = useRevokeShare();
  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title="Revoke this link?"
      description={
        <>
          Anyone opening the link to &ldquo;{link.title}&rdquo; will find nothing there. Sharing
          again makes a new link.
        </>
      }
      confirmLabel="Revoke link"
      onConfirm={() =>
        revoke.mutate(link.id, {
          onSuccess: () => toast.success("The link has been revoked."),
          onError: (error) => toast.error(error.message),
        })
      }
    />
  );
}
