"use client";

import { LogOut } from "lucide-react";
import Link from "next/link";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "@/components/common/toast";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { clearDrafts } from "@/lib/chat/client/saved-drafts";
import { navFor } from "./nav";
import type { ShellUser } from "./types";
import { UserAvatar } from "./user-avatar";

/** The account menu repeats these sidebar entries, with the same labels and icons. */
const ACCOUNT_LINKS = ["/settings", "/admin"];

export function UserMenu({ user }: { user: ShellUser }) {
  const t = useTranslations("layout");
  const [signingOut, setSigningOut] = useState(false);

  async function handleSignOut() {
    setSigningOut(true);
    // Unsent text is the signed-in person's: the next one at this browser must not find it.
    clearDrafts();
    try {
      await signOut({ redirectTo: "/login" });
    } catch {
      setSigningOut(false);
      toast.error(t("userMenu.signOutFailed"));
    }
  }

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        className="rounded-full focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background"
        aria-label={t("userMenu.label", { name: user.displayName })}
      >
        <UserAvatar name={user.displayName} src={user.avatarUrl} className="h-8 w-8" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-64">
        <DropdownMenuLabel className="flex items-center gap-3 py-2 font-normal">
          <UserAvatar name={user.displayName} src={user.avatarUrl} />
          <span className="min-w-0">
            <span className="block truncate text-sm font-medium">{user.displayName}</span>
            <span className="block truncate text-xs text-muted-foreground">{user.email}</span>
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        {navFor(user.role)
          .filter((item) => ACCOUNT_LINKS.includes(item.href))
          .map(({ href, name, icon: Icon }) => (
            <DropdownMenuItem key={href} asChild>
              <Link href={href}>
                <Icon aria-hidden="true" />
                {t(`nav.${name}`)}
              </Link>
            </DropdownMenuItem>
          ))}
        <DropdownMenuSeparator />
        <DropdownMenuItem
          disabled={signingOut}
          onSelect={(event) => {
            // Keep the menu open while the request runs so the disabled state is visible.
            event.preventDefault();
            void handleSignOut();
          }}
        >
          <LogOut aria-hidden="true" />
          {signingOut ? t("userMenu.signingOut") : t("userMenu.signOut")}
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
