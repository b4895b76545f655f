"use client";

import { Archive } from "lucide-react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ListEmpty, ListError, ListSkeleton } from "@/components/common/list-states";
import { cn } from "@/lib/utils";
import { useConversationSearch } from "./data";
import { Highlight } from "./highlight";
import { useSidebar } from "./sidebar-context";

/** Matches by title and message text, newest first, each with the text around the hit. */
export function SearchResults({ query }: { query: string }) {
  const t = useTranslations("conversations");
  const { activeId, onNavigate } = useSidebar();
  const search = useConversationSearch(query);
  const items = search.data ?? [];

  return (
    <section
      aria-label={t("searchResults.label")}
      aria-busy={search.isFetching}
      className="space-y-0.5"
    >
      <p className="sr-only" role="status">
        {search.isSuccess ? t("searchResults.matches", { count: items.length }) : ""}
      </p>
      {search.isPending ? <ListSkeleton rows={4} label={t("panel.searching")} /> : null}
      {search.isError ? (
        <ListError message={search.error.message} onRetry={() => void search.refetch()} />
      ) : null}
      {search.isSuccess && items.length === 0 ? (
        <ListEmpty title={t("searchResults.noMatches")}>
          {t("searchResults.noMatchesHint", { query })}
        </ListEmpty>
      ) : null}
      <ul className={cn("space-y-0.5", search.isPlaceholderData && "opacity-60")}>
        {items.map((item) => (
          <li key={item.id}>
            <Link
              href={`/chat/${item.id}`}
              onClick={onNavigate}
              aria-current={item.id === activeId ? "page" : undefined}
              className="block rounded-lg px-2.5 py-2 text-sm hover:bg-sidebar-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-ring aria-[current=page]:bg-sidebar-accent"
            >
              <span className="flex items-center gap-1.5">
                <span className="truncate font-medium text-foreground">
                  <Highlight text={item.title} query={query} />
                </span>
                {item.isArchived ? (
                  <Archive
                    className="h-3.5 w-3.5 shrink-0 text-muted-foreground"
                    aria-label={t("searchResults.archived")}
                  />
                ) : null}
              </span>
              {item.snippet ? (
                <span className="mt-0.5 line-clamp-2 text-xs text-muted-foreground">
                  <Highlight text={item.snippet} query={query} />
                </span>
              ) : null}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
