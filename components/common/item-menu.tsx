"use client";

import { Ellipsis, Trash2 } from "lucide-react";
import type { ReactNode } from "react";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

interface ItemMenuProps {
  /** Names the item the menu acts on, e.g. `Options for "Trip to Rome"`. */
  label: string;
  triggerClassName?: string;
  align?: "start" | "end";
  /** The menu's width. */
  className?: string;
  /**
   * An item opened something that takes the focus (a dialog, a field), so
   * closing the menu must not hand it back to the trigger.
   */
  keepFocusAway: boolean;
  /** Runs as the menu closes, once the focus is free. */
  onClosed?: () => void;
  children: ReactNode;
}

/** The "…" menu of one item in a list: a conversation, a folder, a comparison. */
export function ItemMenu({
  label,
  triggerClassName,
  align = "start",
  className,
  keepFocusAway,
  onClosed,
  children,
}: ItemMenuProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger className={triggerClassName} aria-label={label}>
        <Ellipsis className="h-4 w-4" aria-hidden="true" />
      </DropdownMenuTrigger>
      <DropdownMenuContent
        align={align}
        className={className}
        onCloseAutoFocus={(event) => {
          if (keepFocusAway) event.preventDefault();
          onClosed?.();
        }}
      >
        {children}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}

/** A menu's delete item, which asks before it deletes anything. */
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
