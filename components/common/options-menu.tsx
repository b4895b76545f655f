"use client";

import { Ellipsis, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

interface OptionsMenuProps {
  /** Names the "…" trigger, e.g. `Options for "Trip plans"`. */
  label: string;
  triggerClassName?: string;
  align: "start" | "end";
  contentClassName: string;
  /** An item opened a dialog or a field, which takes the focus: the trigger must not steal it back. */
  followUp: boolean;
  /** Runs once the menu has closed, e.g. to show a rename field. */
  onClosed?: () => void;
  children: ReactNode;
}

/** The "…" menu of a list row or card. */
export function OptionsMenu({
  label,
  triggerClassName,
  align,
  contentClassName,
  followUp,
  onClosed,
  children,
}: OptionsMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={triggerClassName} aria-label={label}>
        <Ellipsis className="h-4 w-4" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align={align}
        className={contentClassName}
        onCloseAutoFocus={(event) => {
          if (followUp) event.preventDefault();
          onClosed?.();
        }}
      >
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** The destructive last item of such a menu; it asks before deleting. */
export function DeleteMenuItem({ onSelect, children }: { onSelect: () => void; children: string }) {
  return (
    <DropdownMenuItem
      onSelect={onSelect}
      className="text-destructive focus:bg-destructive/10 focus:text-destructive"
    >
      <Trash2 aria-hidden="true" />
      {children}
    </DropdownMenuItem>
  );
}
