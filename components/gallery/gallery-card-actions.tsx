"use client";

import { Bookmark, BookmarkCheck, GitFork } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import {
  forkConfigAction,
  saveConfigAction,
  unsaveConfigAction,
} from "@/app/(app)/configs/actions";
import { EditConfigLink, StartChatLink } from "@/components/configs/config-links";
import { useConfigAction } from "@/components/configs/data";
import { UnpublishButton } from "@/components/configs/unpublish-button";
import { Button } from "@/components/ui/button";
import type { ConfigDto } from "@/lib/configs/dto";

interface GalleryCardActionsProps {
  config: ConfigDto;
  saved: boolean;
  isAdmin: boolean;
}

/** Use, save and fork anyone's shared config; admins may also take it out of the gallery. */
export function GalleryCardActions({ config, saved, isAdmin }: GalleryCardActionsProps) {
  const t = useTranslations("gallery.actions");
  const common = useTranslations("common");
  const router = useRouter();
  const save = useConfigAction();
  const fork = useConfigAction<ConfigDto>();
  const { id, name } = config;

  return (
    <>
      <StartChatLink config={config} short />
      {config.isOwn ? (
        <EditConfigLink config={config} />
      ) : (
        <Button
          type="button"
          variant={saved ? "secondary" : "outline"}
          size="sm"
          aria-pressed={saved}
          aria-label={t("saveLabel", { name })}
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              saved
                ? {
                    call: () => unsaveConfigAction(id),
                    success: t("removed", { name }),
                    failure: t("unsaveFailed"),
                  }
                : {
                    call: () => saveConfigAction(id),
                    success: t("savedTo", { name }),
                    failure: t("saveFailed"),
                  },
            )
          }
        >
          {saved ? <BookmarkCheck aria-hidden="true" /> : <Bookmark aria-hidden="true" />}
          {saved ? t("saved") : common("save")}
        </Button>
      )}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        aria-label={t("forkLabel", { name })}
        disabled={fork.isPending}
        onClick={() =>
          fork.mutate({
            call: () => forkConfigAction(id),
            success: t("forked", { name }),
            failure: t("forkFailed"),
            onDone: (copy) => router.push(`/configs/${copy.id}/edit`),
          })
        }
      >
        <GitFork aria-hidden="true" />
        {t("fork")}
      </Button>
      {isAdmin ? <UnpublishButton config={config} variant="ghost" /> : null}
    </>
  );
}
