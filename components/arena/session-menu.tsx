"use client";

import { Pencil } from "lucide-react";
import { useState } from "react";
import { DeleteMenuItem, OptionsMenu } from "@/components/common/options-menu";
import { DropdownMenuItem, DropdownMenuSeparator } from "@/components/ui/dropdown-menu";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { DeleteSessionDialog } from "./delete-session-dialog";
import { RenameSessionDialog } from "./rename-session-dialog";

type FollowUp = "rename" | "delete" | null;

export function SessionMenu({ session }: { session: ArenaSessionSummaryDto }) {
  const [followUp, setFollowUp] = useState<FollowUp>(null);

  return (
    <>
      <OptionsMenu
        label={`Options for "${session.title}"`}
        triggerClassName="inline-flex h-8 w-8 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        align="end"
        contentClassName="w-44"
        followUp={followUp !== null}
      >
        <DropdownMenuItem onSelect={() => setFollowUp("rename")}>
          <Pencil aria-hidden="true" />
          Rename…
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        <DeleteMenuItem onSelect={() => setFollowUp("delete")}>Delete…</DeleteMenuItem>
      </OptionsMenu>
      <RenameSessionDialog
        session={session}
        open={followUp === "rename"}
        onOpenChange={(open) => setFollowUp(open ? "rename" : null)}
      />
      <DeleteSessionDialog
        session={session}
        open={followUp === "delete"}
        onOpenChange={(open) => setFollowUp(open ? "delete" : null)}
      />
    </>
  );
}
