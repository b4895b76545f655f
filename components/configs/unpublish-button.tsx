"use client";

import { ShieldOff } from "lucide-react";
import { useState } from "react";
import { adminUnpublishConfigAction } from "@/app/(app)/configs/actions";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { useConfigAction } from "@/components/configs/data";
import { Button } from "@/components/ui/button";
import type { ConfigDto } from "@/lib/configs/dto";

/** An admin takes a config out of the gallery, after a confirmation; the lists refetch without it. */
export function UnpublishButton({
  config,
  variant = "outline",
}: {
  config: ConfigDto;
  variant?: "outline" | "ghost";
}) {
  const unpublish = useConfigAction();
  const [confirming, setConfirming] = useState(false);
  const { id, name } = config;
  return (
    <>
      <Button
        type="button"
        variant={variant}
        size="sm"
        aria-label={`Unpublish "${name}"`}
        disabled={unpublish.isPending}
        onClick={() => setConfirming(true)}
        className="text-destructive hover:bg-destructive/10 hover:text-destructive"
      >
        <ShieldOff aria-hidden="true" />
        {unpublish.isPending ? "Unpublishing…" : "Unpublish"}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Unpublish this config?"
        description={
          <>
            &ldquo;{name}&rdquo;{config.author ? ` by ${config.author.displayName}` : ""} leaves the
            gallery and becomes private to its author. People who saved it can no longer start chats
            with it. This is recorded in the audit log.
          </>
        }
        confirmLabel="Unpublish"
        onConfirm={() =>
          unpublish.mutate({
            call: () => adminUnpublishConfigAction(id),
            success: `"${name}" is no longer in the gallery.`,
            failure: "Could not unpublish the config.",
          })
        }
      />
    </>
  );
}
