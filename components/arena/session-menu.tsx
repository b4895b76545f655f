"use client";

import { Ellipsis, Pencil, Trash2 } from "lucide-react";
import { useState } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { DeleteSessionDialog } from "./delete-session-dialog";
import { RenameSessionDialog } from "./rename-session-dialog";

type FollowUp = "rename" | "delete" | null;

export function SessionMenu({ session }: { session: ArenaSessionSummaryDto }) {
  const [followUp, setFollowUp] = useState<FollowUp>(null);

  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger
          aria-label={`Options for "${session.title}"`}
          className="inline-flex h-8 w-8 items-center justify-center rounded-lg text-muted-foreground transition-colors hover:bg-accent hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring data-[state=open]:bg-accent"
        >
          <Ellipsis className="h-4 w-4" aria-hidden="true" />
        </DropdownMenuTrigger>
        <DropdownMenuContent
          align="end"
          className="w-44"
          onCloseAutoFocus={(event) => {
            // The dialog takes focus; the trigger must not steal it back.
            if (followUp) event.preventDefault();
          }}
        >
          <DropdownMenuItem onSelect={() => setFollowUp("rename")}>
            <Pencil aria-hidden="true" />
            Rename…
          </DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem
            onSelect={() => setFollowUp("delete")}
            className="text-destructive focus:bg-destructive/10 focus:text-destructive"
          >
            <Trash2 aria-hidden="true" />
            Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
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
