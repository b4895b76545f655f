"use client";

import { Menu } from "lucide-react";
import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
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
  const t = useTranslations("layout");
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);

  return (
    <Sheet open={open} onOpenChange={setOpen}>
      <SheetTrigger asChild>
        <Button variant="ghost" size="icon" className="md:hidden" aria-label={t("openNavigation")}>
          <Menu />
        </Button>
      </SheetTrigger>
      <SheetContent
        side="left"
        className="w-80 max-w-[88vw] border-sidebar-border p-0"
        onOpenAutoFocus={(event) => {
          // Radix would focus the search field, popping up the phone keyboard; start on the drawer.
          event.preventDefault();
          if (event.target instanceof HTMLElement) event.target.focus();
        }}
        onEscapeKeyDown={(event) => {
          // Escape that clears the search, cancels a rename or drops a drag is not "close".
          if (event.target instanceof Element && event.target.closest("[data-keeps-escape]")) {
            event.preventDefault();
          }
        }}
      >
        <SheetTitle className="sr-only">{t("navigation")}</SheetTitle>
        <SheetDescription className="sr-only">{t("navigationDescription")}</SheetDescription>
        <Sidebar user={user} onNavigate={close} />
      </SheetContent>
    </Sheet>
  );
}
