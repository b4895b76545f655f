"use client";

import { Loader2 } from "lucide-react";
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
import { describeLink } from "./describe-link";
import { RevokeShareDialog } from "./revoke-share-dialog";
import { ShareUrlField } from "./share-url-field";

type ExpiryChoice = ShareExpiry | "never";

const EXPIRY_CHOICES: { value: ExpiryChoice; label: string }[] = [
  { value: "never", label: "Never" },
  { value: "1d", label: "After 1 day" },
  { value: "7d", label: "After 7 days" },
  { value: "30d", label: "After 30 days" },
];

interface ShareDialogProps {
  conversation: { id: string; title: string };
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Makes, copies, updates and revokes a conversation's read-only link. */
export function ShareDialog({ conversation, open, onOpenChange }: ShareDialogProps) {
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
      onSuccess: () =>
        toast.success(link ? "The link now shows the conversation as it is." : "Link created."),
    });
  }

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-words pr-6">
            Share &ldquo;{conversation.title}&rdquo;
          </DialogTitle>
          <DialogDescription>
            Anyone with the link can read a copy of this conversation as it is now, with its images
            and files, without an account. Later messages are not shared until you update the link.
          </DialogDescription>
        </DialogHeader>

        {existing.isPending ? (
          <div className="space-y-2" role="status" aria-busy="true">
            <span className="sr-only">Loading the link…</span>
            <Skeleton className="h-10 w-full" />
            <Skeleton className="h-4 w-2/3" />
          </div>
        ) : existing.isError ? (
          <ListError
            message={`Couldn't load this conversation's link. ${existing.error.message}`}
            onRetry={() => void existing.refetch()}
          />
        ) : (
          <div className="grid gap-4">
            {link ? (
              <div className="space-y-2">
                <ShareUrlField url={link.url} label="Share link" />
                <p className="text-xs text-muted-foreground">{describeLink(link)}</p>
              </div>
            ) : null}
            <Field label={link ? "Expires (counted from the update)" : "Link expires"}>
              <NativeSelect
                value={expiry}
                onChange={(event) => setExpiry(event.target.value as ExpiryChoice)}
              >
                {EXPIRY_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.label}
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
              Revoke link
            </Button>
          ) : null}
          <Button type="button" onClick={save} disabled={!existing.isSuccess || share.isPending}>
            {share.isPending ? <Loader2 className="animate-spin" aria-hidden="true" /> : null}
            {link ? "Update link" : "Create link"}
          </Button>
        </DialogFooter>
        {link ? <RevokeShareDialog link={link} open={revoking} onOpenChange={setRevoking} /> : null}
      </DialogContent>
    </Dialog>
  );
}
