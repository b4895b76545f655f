"use client";

import { SquarePen } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { useSidebar } from "./sidebar-context";

function isNewChatShortcut(event: KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === "o";
}

/** Ctrl/Cmd+Shift+O opens a new chat from anywhere, as in ChatGPT. Mount it once per page. */
export function NewChatShortcut() {
  const router = useRouter();
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isNewChatShortcut(event)) return;
      event.preventDefault();
      router.push("/chat");
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [router]);
  return null;
}

export function NewChatButton() {
  const t = useTranslations("conversations.panel");
  const { onNavigate } = useSidebar();
  // The server cannot know the platform; it renders the Ctrl form and a Mac corrects it.
  const [mac, setMac] = useState(false);
  useEffect(() => {
    setMac(/Mac|iPhone|iPad/.test(navigator.platform));
  }, []);

  return (
    <Link
      href="/chat"
      onClick={onNavigate}
      aria-keyshortcuts="Control+Shift+O Meta+Shift+O"
      className="group flex h-10 items-center gap-2.5 rounded-lg border border-sidebar-border bg-background px-3 text-sm font-medium text-foreground shadow-sm transition-colors hover:bg-sidebar-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      <SquarePen className="h-4 w-4 text-brand" aria-hidden="true" />
      {t("newChat")}
      <span
        aria-hidden="true"
        className="ml-auto hidden font-sans text-[11px] tracking-wide text-muted-foreground opacity-0 transition-opacity group-hover:opacity-100 group-focus-visible:opacity-100 md:inline"
      >
        {mac ? "⌘ ⇧ O" : t("newChatKeys")}
      </span>
    </Link>
  );
}
