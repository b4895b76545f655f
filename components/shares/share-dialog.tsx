"use client";

import { Loader2 } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { ListError } from "@/components/common/list-states";
import { toast } from "@/components/common/toast";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { NativeSelect } from "@/components/ui/native-select";
import { Skeleton } from "@/components/ui/skeleton";
import type { ShareExpiry } from "@/lib/shares/schemas";
import { useConversationShare, useShareConversation } from "./data";
import { LinkSummary } from "./link-summary";
import { RevokeShareDialog } from "./revoke-share-dialog";
import { ShareUrlField } from "./share-url-field";

type ExpiryChoice = ShareExpiry | "never";

const EXPIRY_CHOICES: ExpiryChoice[] = ["never", "1d", "7d", "30d"];

interface ShareDialogProps {
  conversation: { id: string; title: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Makes, copies, updates and revokes a conversation's read-only link. */
export function ShareDialog({ conversation, open, onOpenChange }: ShareDialogProps) {
  const t = useTranslations("shares.dialog");
  const existing = useConversationShare(conversation.id, open);
  const share = useShareConversation(conversation.id);
  const [expiry, setExpiry] = useState<ExpiryChoice>("never");
  const [revoking, setRevoking] = useState(false);
  const link = existing.data ?? null;
  const { reset } = share;

  useEffect(() => {
    if (open) reset();
  }, [open, reset]);

  function save() {
    share.mutate(expiry === "never" ? null : expiry, {
      onSuccess: () => toast.success(t(link ? "updated" : "created")),
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-words pr-6">
            {t("title", { title: conversation.title })}
          </DialogTitle>
          <DialogDescription>{t("description")}</DialogDescription>
        </DialogHeader>

        {existing.isPending ? (
          <div className="space-y-2" role="status" aria-busy="true">
            <span className="sr-only">{t("loading")}</span>
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ) : existing.isError ? (
          <ListError
            message={t("loadFailed", { error: existing.error.message })}
            onRetry={() => void existing.refetch()}
          />
        ) : (
          <div className="grid gap-4">
            {link ? (
              <div className="space-y-2">
                <ShareUrlField url={link.url} label={t("linkLabel")} />
                <LinkSummary link={link} />
              </div>
            ) : null}
            <Field label={t(link ? "expiresFromUpdate" : "expires")}>
              <NativeSelect
                value={expiry}
                onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
              >
                {EXPIRY_CHOICES.map((choice) => (
                  <option key={choice} value={choice}>
                    {choice === "never"
                      ? t("never")
                      : t("afterDays", { days: parseInt(choice, 10) })}
                  </option>
                ))}
              </NativeSelect>
            </Field>
            {share.error ? <Alert variant="destructive">{share.error.message}</Alert> : null}
          </div>
        )}

        <DialogFooter>
          {link ? (
            <Button type="button" variant="outline" onClick={() => setRevoking(true)}>
              {t("revoke")}
            </Button>
          ) : null}
          <Button type="button" onClick={save} disabled={!existing.isSuccess || share.isPending}>
            {share.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
            {t(link ? "update" : "create")}
          </Button>
        </DialogFooter>
        {link ? <RevokeShareDialog link={link} open={revoking} onOpenChange={setRevoking} /> : null}
      </DialogContent>
    </Dialog>
  );
}
