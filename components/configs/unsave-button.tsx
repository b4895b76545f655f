"use client";

import { BookmarkMinus } from "lucide-react";
import { useTranslations } from "next-intl";
import { unsaveConfigAction } from "@/app/(app)/configs/actions";
import { Button } from "@/components/ui/button";
import { useConfigAction } from "./data";

/** Takes a saved config off the user's list; `name` is null for one no longer available. */
export function UnsaveButton({ id, name }: { id: string; name: string | null }) {
  const t = useTranslations("configs.saved");
  const action = useConfigAction();
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={action.isPending}
      aria-label={name === null ? t("unsaveUnavailable") : t("unsaveNamed", { name })}
      onClick={() =>
        action.mutate({
          call: () => unsaveConfigAction(id),
          success: name === null ? t("removedUnavailable") : t("removed", { name }),
          failure: t("failed"),
        })
      }
    >
      <BookmarkMinus aria-hidden="true" />
      {t("unsave")}
    </Button>
  );
}
