"use client";

import { Menu } from "lucide-react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import {
  Sheet,
  SheetContent,
  SheetDescription,
  SheetTitle,
  SheetTrigger,
} from "@/components/ui/sheet";
import { Sidebar } from "./sidebar";
import type { ShellUser } from "./types";

/** The sidebar as a drawer for narrow screens; Radix handles Esc, focus trap and focus return. */
export function MobileNav({ user }: { user: ShellUser }) {
  const [open, setOpen] = useState(false);

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation">
          <Menu />
        </Button>
      </SheetTrigger>
      <SheetContent side="left" className="w-72 max-w-[85vw] border-sidebar-border p-0">
        <SheetTitle className="sr-only">Navigation</SheetTitle>
        <SheetDescription className="sr-only">Pages of Uni-Chat</SheetDescription>
        <Sidebar user={user} onNavigate={() => setOpen(false)} />
      </SheetContent>
    </Sheet>
  );
}
