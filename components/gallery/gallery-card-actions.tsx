"use client";

import { Bookmark, BookmarkCheck, GitFork } from "lucide-react";
import { useRouter } from "next/navigation";
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
          aria-label={`Save "${name}"`}
          disabled={save.isPending}
          onClick={() =>
            save.mutate(
              saved
                ? {
                    call: () => unsaveConfigAction(id),
                    success: `"${name}" removed from your configs.`,
                    failure: "Could not unsave the config.",
                  }
                : {
                    call: () => saveConfigAction(id),
                    success: `"${name}" saved to My configs.`,
                    failure: "Could not save the config.",
                  },
            )
          }
        >
          {saved ? <BookmarkCheck aria-hidden="true" /> : <Bookmark aria-hidden="true" />}
          {saved ? "Saved" : "Save"}
        </Button>
      )}
      <Button
        type="button"
        variant="ghost"
        size="sm"
        aria-label={`Fork "${name}" into a private copy`}
        disabled={fork.isPending}
        onClick={() =>
          fork.mutate({
            call: () => forkConfigAction(id),
            success: `Forked "${name}": it is yours to change.`,
            failure: "Could not fork the config.",
            onDone: (copy) => router.push(`/configs/${copy.id}/edit`),
          })
        }
      >
        <GitFork aria-hidden="true" />
        Fork
      </Button>
      {isAdmin ? <UnpublishButton config={config} variant="ghost" /> : null}
    </>
  );
}
