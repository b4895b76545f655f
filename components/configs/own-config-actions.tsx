"use client";

import { Copy, Ellipsis, Globe, Lock } from "lucide-react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("configs.actions");
  const common = useTranslations("common");
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
            aria-label={t("more", { name })}
          >
            <Ellipsis aria-hidden="true" />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="w-48">
          <DropdownMenuItem
            onSelect={() =>
              action.mutate({
                call: () => duplicateConfigAction(id),
                success: t("duplicated", { name }),
                failure: t("duplicateFailed"),
              })
            }
          >
            <Copy aria-hidden="true" />
            {t("duplicate")}
          </DropdownMenuItem>
          {config.visibility === "template" ? null : (
            <DropdownMenuItem
              onSelect={() =>
                action.mutate(
                  shared
                    ? {
                        call: () => unpublishConfigAction(id),
                        success: t("unpublished", { name }),
                        failure: t("unpublishFailed"),
                      }
                    : {
                        call: () => publishConfigAction(id),
                        success: t("published", { name }),
                        failure: t("publishFailed"),
                      },
                )
              }
            >
              {shared ? <Lock aria-hidden="true" /> : <Globe aria-hidden="true" />}
              {shared ? t("unpublish") : t("publish")}
            </DropdownMenuItem>
          )}
          <DropdownMenuSeparator />
          <DeleteMenuItem onSelect={() => setConfirming(true)}>{t("deleteMenu")}</DeleteMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t("deleteTitle")}
        description={t(shared ? "deleteBodyShared" : "deleteBody", { name })}
        confirmLabel={common("delete")}
        onConfirm={() =>
          action.mutate({
            call: () => deleteConfigAction(id),
            success: t("deleted", { name }),
            failure: t("deleteFailed"),
          })
        }
      />
    </>
  );
}
