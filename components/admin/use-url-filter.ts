"use client";

import { useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { type SearchParams, toQueryString } from "@/components/common/search-params";

/**
 * A list's filters live in the address bar, so reload, Back from a detail
 * page and a shared link show the same list. This reads them once, from the
 * URL as it is now (Back may restore a page rendered for an older URL).
 */
export function useFilterFromUrl<F>(parse: (params: SearchParams) => F): F {
  const params = useSearchParams();
  const [filter] = useState(() =>
    parse(Object.fromEntries([...params.keys()].map((key) => [key, params.get(key) ?? undefined]))),
  );
  return filter;
}

/** Writes the filters back into the address bar as they change, without a navigation. */
export function useUrlQuery(query: Record<string, string>): void {
  const search = toQueryString(query);
  useEffect(() => {
    if (window.location.search === search) return;
    window.history.replaceState(null, "", `${window.location.pathname}${search}`);
  }, [search]);
}
