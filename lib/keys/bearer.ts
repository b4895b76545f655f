/**
 * The key in `Authorization: Bearer <key>`, or null when the request names
 * none. A bare "Bearer" (clients trim the header) is an empty key, so it is
 * refused as a key rather than passed over for the cookie.
 */
export function bearerKey(headers: Headers): string | null {
  const match = /^Bearer(?:\s+(.*))?$/i.exec(headers.get("authorization")?.trim() ?? "");
  return match ? (match[1] ?? "").trim() : null;
}
