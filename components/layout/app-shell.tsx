import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { HeaderTitle } from "./header-title";
import { MobileNav } from "./mobile-nav";
import { ReplyNotifier } from "./reply-notifier";
import { Sidebar } from "./sidebar";
import { ThemeSync } from "./theme-sync";
import { ThemeToggle } from "./theme-toggle";
import type { ShellUser } from "./types";
import { UserMenu } from "./user-menu";

interface AppShellProps {
  user: ShellUser;
  children: ReactNode;
}

export function AppShell({ user, children }: AppShellProps) {
  const t = useTranslations("layout");
  return (
    <div className="flex min-h-dvh">
      <ThemeSync saved={user.theme} />
      <ReplyNotifier enabled={user.notifyReplies} />
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:z-[100] focus:rounded-md focus:bg-background focus:px-3 focus:py-2 focus:text-sm focus:font-medium focus:shadow-md focus:outline-none focus:ring-2 focus:ring-ring"
      >
        {t("skipToContent")}
      </a>

      <aside className="fixed inset-y-0 left-0 z-30 hidden w-64 border-r border-sidebar-border md:block">
        <Sidebar user={user} />
      </aside>

      <div className="flex min-w-0 flex-1 flex-col md:pl-64">
        <header className="sticky top-0 z-20 flex h-14 shrink-0 items-center gap-2 border-b bg-background/85 px-3 backdrop-blur supports-[backdrop-filter]:bg-background/70 sm:px-4">
          <MobileNav user={user} />
          <div className="min-w-0 flex-1">
            <HeaderTitle />
          </div>
          <ThemeToggle />
          <UserMenu user={user} />
        </header>
        <main id="main" tabIndex={-1} className="flex flex-1 flex-col focus:outline-none">
          {children}
        </main>
      </div>
    </div>
  );
}
