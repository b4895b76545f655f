const ALLOWED_PROTOCOLS = new Set(["http", "https", "mailto"]);

/**
 * The URL a rendered link or image may use, or "" to drop it. Only web and
 * mail links pass; `javascript:`, `data:`, `vbscript:`, `file:` and any
 * obfuscated spelling of them (a protocol is whatever precedes the first
 * colon that comes before any `/`, `?` or `#`) are dropped.
 */
export function safeUrl(url: string): string {
  const colon = url.indexOf(":");
  if (colon === -1) return url;
  const firstDelimiter = url.search(/[/?#]/);
  if (firstDelimiter !== -1 && firstDelimiter < colon) return url;
  return ALLOWED_PROTOCOLS.has(url.slice(0, colon).toLowerCase()) ? url : "";
}
