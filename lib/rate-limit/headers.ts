/**
 * The headers of a 429: Retry-After, and the IETF RateLimit fields
 * (draft-ietf-httpapi-ratelimit-headers) that let a script pace itself.
 */
export function limitHeaders(options: {
  limit: number;
  retryAfterSeconds: number;
  /** The window the limit counts over, when there is one. */
  windowSeconds?: number;
}): Record<string, string> {
  const seconds = String(Math.max(1, Math.ceil(options.retryAfterSeconds)));
  return {
    "Retry-After": seconds,
    "RateLimit-Limit": String(options.limit),
    "RateLimit-Remaining": "0",
    "RateLimit-Reset": seconds,
    ...(options.windowSeconds === undefined
      ? {}
      : { "RateLimit-Policy": `${options.limit};w=${options.windowSeconds}` }),
  };
}
