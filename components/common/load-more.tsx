"use client";

import { LoaderCircle } from "lucide-react";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";

interface LoadMoreProps {
  hasMore: boolean;
  loading: boolean;
  onLoad: () => void;
}

/** Fetches the next page when scrolled near; stays a real button for keyboards and old browsers. */
export function LoadMore({ hasMore, loading, onLoad }: LoadMoreProps) {
  const ref = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const node = ref.current;
    if (!node || !hasMore || loading) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) onLoad();
      },
      { rootMargin: "200px" },
    );
    observer.observe(node);
    return () => observer.disconnect();
  }, [hasMore, loading, onLoad]);

  if (!hasMore) return null;
  return (
    <button
      ref={ref}
      type="button"
      onClick={onLoad}
      disabled={loading}
      className="mx-2 flex h-8 w-[calc(100%-1rem)] items-center justify-center gap-2 rounded-md text-xs text-muted-foreground hover:bg-sidebar-accent focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
    >
      {loading ? <LoaderCircle className="h-3.5 w-3.5 animate-spin" aria-hidden="true" /> : null}
      {loading ? "Loading more…" : "Load more"}
    </button>
  );
}

/** The next page of a grid on request, under the grid. */
export function LoadMoreButton({
  hasMore,
  loading,
  onLoad,
  size,
}: LoadMoreProps & { size?: "sm" }) {
  if (!hasMore) return null;
  return (
    <div className="flex justify-center">
      <Button type="button" variant="outline" size={size} onClick={onLoad} disabled={loading}>
        {loading ? <LoaderCircle className="animate-spin" aria-hidden="true" /> : null}
        {loading ? "Loading more…" : "Load more"}
      </Button>
    </div>
  );
}
