"use client";

import { Pencil } from "lucide-react";
import { useTranslations } from "next-intl";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { DeleteMenuItem, OptionsMenu } from "@/components/common/options-menu";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { useDeleteArenaSession } from "./data";
import { RenameSessionDialog } from "./rename-session-dialog";

export function SessionMenu({ session }: { session: ArenaSessionSummaryDto }) {
  const t = useTranslations("arena.sessions");
  const common = useTranslations("common");
  const followUp = useOpenDialog<"rename" | "delete">();
  const remove = useDeleteArenaSession();

  return (
    <>
      <OptionsMenu
        label={t("options", { title: session.title })}
        triggerClassName="inline-flex h-8 w-8 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        align="end"
        contentClassName="w-44"
        followUp={followUp.current !== null}
      >
        <DropdownMenuItem onSelect={() => followUp.open("rename")}>
          <Pencil aria-hidden="true" />
          {t("rename")}
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DeleteMenuItem onSelect={() => followUp.open("delete")}>{t("delete")}</DeleteMenuItem>
      </OptionsMenu>
      <RenameSessionDialog session={session} {...followUp.dialog("rename")} />
      <ConfirmDialog
        {...followUp.dialog("delete")}
        title={t("deleteTitle")}
        description={t("deleteDescription", { title: session.title })}
        confirmLabel={common("delete")}
        onConfirm={() => remove.mutate(session.id)}
      />
    </>
  );
}
