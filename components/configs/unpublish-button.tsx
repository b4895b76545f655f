"use client";

import { ShieldOff } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("configs.moderation");
  const unpublish = useConfigAction();
  const [confirming, setConfirming] = useState(false);
  const { id, name } = config;
  return (
    <>
      <Button
        type="button"
        variant={variant}
        size="sm"
        aria-label={t("unpublishNamed", { name })}
        disabled={unpublish.isPending}
        onClick={() => setConfirming(true)}
        className="text-destructive hover:bg-destructive/10 hover:text-destructive"
      >
        <ShieldOff aria-hidden="true" />
        {unpublish.isPending ? t("unpublishing") : t("unpublish")}
      </Button>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("title")}
        description={
          config.author
            ? t("bodyByAuthor", { name, author: config.author.displayName })
            : t("body", { name })
        }
        confirmLabel={t("unpublish")}
        onConfirm={() =>
          unpublish.mutate({
            call: () => adminUnpublishConfigAction(id),
            success: t("done", { name }),
            failure: t("failed"),
          })
        }
      />
    </>
  );
}
