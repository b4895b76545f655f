"use client";

import { Copy, Ellipsis, Globe, Lock } from "lucide-react";
import { useState } from "react";
import {
  deleteConfigAction,
  duplicateConfigAction,
  publishConfigAction,
  unpublishConfigAction,
} from "@/app/(app)/configs/actions";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { DeleteMenuItem } from "@/components/common/options-menu";
import { Button } from "@/components/ui/button";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ConfigDto } from "@/lib/configs/dto";
import { EditConfigLink, StartChatLink } from "./config-links";
import { useConfigAction } from "./data";

/** Start chat and Edit at hand; the rarer changes in a menu. */
export function OwnConfigActions({ config }: { config: ConfigDto }) {
  const action = useConfigAction();
  const [confirming, setConfirming] = useState(false);
  const { id, name } = config;
  const shared = config.visibility !== "private";

  return (
    <>
      <StartChatLink config={config} />
      <EditConfigLink config={config} />
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button
            type="button"
            variant="ghost"
            size="sm"
            className="ml-auto w-8 px-0"
            disabled={action.isPending}
            aria-label={`More actions for "${name}"`}
          >
            <Ellipsis aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          <DropdownMenuItem
            onSelect={() =>
              action.mutate({
                call: () => duplicateConfigAction(id),
                success: `"${name}" duplicated.`,
                failure: "Could not duplicate the config.",
              })
            }
          >
            <Copy aria-hidden="true" />
            Duplicate
          </DropdownMenuItem>
          {config.visibility === "template" ? null : (
            <DropdownMenuItem
              onSelect={() =>
                action.mutate(
                  shared
                    ? {
                        call: () => unpublishConfigAction(id),
                        success: `"${name}" is private again.`,
                        failure: "Could not unpublish the config.",
                      }
                    : {
                        call: () => publishConfigAction(id),
                        success: `"${name}" is now in the gallery.`,
                        failure: "Could not publish the config.",
                      },
                )
              }
            >
              {shared ? <Lock aria-hidden="true" /> : <Globe aria-hidden="true" />}
              {shared ? "Unpublish" : "Publish to gallery"}
            </DropdownMenuItem>
          )}
          <DropdownMenuSeparator />
          <DeleteMenuItem onSelect={() => setConfirming(true)}>Delete…</DeleteMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title="Delete this config?"
        description={
          <>
            &ldquo;{name}&rdquo; will be deleted{shared ? " and leave the gallery" : ""}.
            Conversations that used it keep their messages and go on with its model. This cannot be
            undone.
          </>
        }
        confirmLabel="Delete"
        onConfirm={() =>
          action.mutate({
            call: () => deleteConfigAction(id),
            success: `"${name}" deleted.`,
            failure: "Could not delete the config.",
          })
        }
      />
    </>
  );
}
