/**
 * Accepts only same-site relative paths, so a crafted link cannot send a
 * freshly signed-in user to another site ("//evil.example" and "/\evil.example"
 * are protocol-relative in browsers).
 */
export function safeCallbackUrl(value: string | string[] | undefined): string | undefined {
  const url = Array.isArray(value) ? value[0] : value;
  if (!url?.startsWith("/") || url.startsWith("//") || url.startsWith("/\\")) {
    return undefined;
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: rejecting control characters is the point
  if (/[\u0000-\u001f\u007f]/.test(url)) return undefined;
  return url;
}
