"use client";

import { Archive } from "lucide-react";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { type ReactNode, useState } from "react";
import { ListSkeleton } from "@/components/common/list-states";
import { useDebouncedValue } from "@/components/common/use-debounced-value";
import { cn } from "@/lib/utils";
import { ChatListSection } from "./chat-list-section";
import { SidebarDrag } from "./drag-kit";
import { FolderSection } from "./folder-section";
import { NewChatButton } from "./new-chat-button";
import { SearchBox } from "./search-box";
import { SearchResults } from "./search-results";
import { useSidebar } from "./sidebar-context";
import { TaggedList } from "./tagged-list";

/** Everything of the sidebar below the logo: new chat, search, the app's links, folders and chats. */
export function ConversationPanel({ nav }: { nav: ReactNode }) {
  const t = useTranslations("conversations.panel");
  const { onNavigate } = useSidebar();
  const pathname = usePathname();
  const [query, setQuery] = useState("");
  const debounced = useDebouncedValue(query.trim(), 300);
  // "#work" lists the chats tagged work rather than searching for the text.
  const tag = /^#(.+)$/.exec(debounced)?.[1]?.trim();
  const searching = query.trim().length > 0;
  const archivedActive = pathname === "/chat/archived";

  return (
    <>
      <div className="space-y-2 px-3 pb-2">
        <NewChatButton />
        <SearchBox value={query} onChange={setQuery} />
      </div>
      {nav}
      <div className="min-h-0 flex-1 overflow-y-auto overscroll-contain border-t border-sidebar-border px-2 pb-3 pt-1">
        {searching ? (
          tag ? (
            <SidebarDrag>
              <TaggedList tag={tag} />
            </SidebarDrag>
          ) : debounced ? (
            <SearchResults query={debounced} />
          ) : (
            <ListSkeleton rows={3} label={t("searching")} />
          )
        ) : (
          <SidebarDrag>
            <FolderSection />
            <ChatListSection />
          </SidebarDrag>
        )}
      </div>
      <div className="shrink-0 border-t border-sidebar-border p-2">
        <Link
          href="/chat/archived"
          onClick={onNavigate}
          aria-current={archivedActive ? "page" : undefined}
          className={cn(
            "flex h-9 items-center gap-2.5 rounded-lg px-2.5 text-sm transition-colors hover:bg-sidebar-accent hover:text-foreground",
            "focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
            archivedActive && "bg-sidebar-accent font-medium text-foreground",
          )}
        >
          <Archive className="h-4 w-4 opacity-70" aria-hidden="true" />
          {t("archived")}
        </Link>
      </div>
    </>
  );
}
