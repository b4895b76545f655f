"use client";

import { LoaderCircle } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

/** The part of an infinite query that fetches its next page. */
export interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/** Fetches the next page when scrolled near; stays a real button for keyboards and old browsers. */
export function LoadMore({ pages }: { pages: Pages }) {
  const t = useTranslations("common");
  const ref = useRef<HTMLButtonElement>(null);
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;

  useEffect(() => {
    const node = ref.current;
    if (!node || !hasNextPage || isFetchingNextPage) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) void fetchNextPage();
      },
      { rootMargin: "200px" },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasNextPage, isFetchingNextPage, fetchNextPage]);

  if (!hasNextPage) return null;
  return (
    <button
      ref={ref}
      type="button"
      onClick={() => void fetchNextPage()}
      disabled={isFetchingNextPage}
      className="mx-2 flex h-8 w-[calc(100%-1rem)] items-center justify-center gap-2 rounded-md text-xs text-muted-foreground hover:bg-sidebar-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {isFetchingNextPage ? (
        <LoaderCircle className="h-3.5 w-3.5 animate-spin" aria-hidden="true" />
      ) : null}
      {isFetchingNextPage ? t("loadingMore") : t("loadMore")}
    </button>
  );
}

/** The next page of a grid on request, under the grid. */
export function LoadMoreButton({ pages, size }: { pages: Pages; size?: "sm" }) {
  const t = useTranslations("common");
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = pages;
  if (!hasNextPage) return null;
  return (
    <div className="flex justify-center">
      <Button
        type="button"
        variant="outline"
        size={size}
        onClick={() => void fetchNextPage()}
        disabled={isFetchingNextPage}
      >
        {isFetchingNextPage ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {isFetchingNextPage ? t("loadingMore") : t("loadMore")}
      </Button>
    </div>
  );
}
