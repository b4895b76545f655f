"use client";

import { BookmarkMinus, MessageSquarePlus } from "lucide-react";
import Link from "next/link";
import { unsaveConfigAction } from "@/app/(app)/configs/actions";
import { Button } from "@/components/ui/button";
import type { ConfigDto } from "@/lib/configs/dto";
import { chatWithConfigUrl } from "./api";
import { useConfigAction } from "./use-config-action";

/** A config saved from the gallery: use it, or take it off the list. */
export function SavedConfigActions({ config }: { config: ConfigDto }) {
  const action = useConfigAction();
  const { id, name } = config;
  // Its author took it out of the gallery: it stays listed but cannot start chats.
  const withdrawn = config.visibility === "private";

  return (
    <>
      {withdrawn ? (
        <p className="w-full text-xs text-muted-foreground">
          Its author no longer shares this config, so it cannot start new chats.
        </p>
      ) : (
        <Button asChild size="sm">
          <Link href={chatWithConfigUrl(id)} aria-label={`Start a chat with "${name}"`}>
            <MessageSquarePlus aria-hidden="true" />
            Start chat
          </Link>
        </Button>
      )}
      <Button
        type="button"
        variant="outline"
        size="sm"
        disabled={action.isPending}
        aria-label={`Unsave "${name}"`}
        onClick={() =>
          action.mutate({
            call: () => unsaveConfigAction(id),
            success: `"${name}" removed from your saved configs.`,
            failure: "Could not unsave the config.",
          })
        }
      >
        <BookmarkMinus aria-hidden="true" />
        Unsave
      </Button>
    </>
  );
}
