/** What a Next page receives as `searchParams`, once awaited. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** A repeated parameter counts once: the first value wins, as in URLSearchParams.get(). */
export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** The URL query for a filter, without the values that are not set. */
export function toQueryString(query: Record<string, string>): string {
  const params = new URLSearchParams(
    Object.entries(query).filter(([, value]) => value !== ""),
  ).toString();
  return params ? `?${params}` : "";
}
