/**
 * What every answer of a link's routes carries: kept out of search engines,
 * and never cached, so a revoked or expired link stops at once.
 */
export const SHARE_HEADERS = {
  "X-Robots-Tag": "noindex, nofollow",
  "Cache-Control": "no-store",
} as const;
