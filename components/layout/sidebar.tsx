"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConversationPanel } from "@/components/conversations/conversation-panel";
import { NewChatShortcut } from "@/components/conversations/new-chat-button";
import { SidebarProvider } from "@/components/conversations/sidebar-context";
import { cn } from "@/lib/utils";
import { Logo } from "./logo";
import { isActive, navFor } from "./nav";
import type { ShellUser } from "./types";

interface SidebarProps {
  user: ShellUser;
  /** Lets the phone drawer close itself when a link is followed. */
  onNavigate?: () => void;
}

export function Sidebar({ user, onNavigate }: SidebarProps) {
  const t = useTranslations("layout");
  const pathname = usePathname();
  const items = navFor(user.role);

  return (
    <div className="flex h-full flex-col bg-sidebar text-sidebar-foreground">
      <div className="flex h-14 shrink-0 items-center px-4">
        <Link
          href="/chat"
          onClick={onNavigate}
          className="rounded-md text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <Logo />
        </Link>
      </div>
      <SidebarProvider onNavigate={onNavigate}>
        <ConversationPanel
          nav={
            <nav aria-label={t("mainNav")} className="shrink-0 px-3 pb-2">
              <ul className="space-y-0.5">
                {items.map(({ href, name, icon: Icon }) => {
                  const active = isActive(pathname, href);
                  return (
                    <li key={href}>
                      <Link
                        href={href}
                        onClick={onNavigate}
                        aria-current={active ? "page" : undefined}
                        className={cn(
                          "flex h-8 items-center gap-3 rounded-lg px-2.5 text-sm font-medium transition-colors",
                          "hover:bg-sidebar-accent hover:text-foreground",
                          "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
                          active && "bg-sidebar-accent text-foreground",
                        )}
                      >
                        <Icon
                          className={cn("h-4 w-4 shrink-0", active ? "text-brand" : "opacity-70")}
                          aria-hidden="true"
                        />
                        {t(`nav.${name}`)}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </nav>
          }
        />
      </SidebarProvider>
      {/* The desktop sidebar is always mounted (hidden on phones), the drawer's only while open. */}
      {onNavigate ? null : <NewChatShortcut />}
    </div>
  );
}
