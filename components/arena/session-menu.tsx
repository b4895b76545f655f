"use client";

import { Pencil } from "lucide-react";
import { DeleteMenuItem, ItemMenu } from "@/components/common/item-menu";
import { useOpenDialog } from "@/components/common/use-open-dialog";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { DeleteSessionDialog } from "./delete-session-dialog";
import { RenameSessionDialog } from "./rename-session-dialog";

export function SessionMenu({ session }: { session: ArenaSessionSummaryDto }) {
  const dialogs = useOpenDialog<"rename" | "delete">();

  return (
    <>
      <ItemMenu
        label={`Options for "${session.title}"`}
        triggerClassName="inline-flex h-8 w-8 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        align="end"
        className="w-44"
        keepFocusAway={dialogs.current !== null}
      >
        <DropdownMenuItem onSelect={() => dialogs.open("rename")}>
          <Pencil aria-hidden="true" />
          Rename…
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DeleteMenuItem onSelect={() => dialogs.open("delete")}>Delete…</DeleteMenuItem>
      </ItemMenu>
      <RenameSessionDialog session={session} {...dialogs.dialog("rename")} />
      <DeleteSessionDialog session={session} {...dialogs.dialog("delete")} />
    </>
  );
}
