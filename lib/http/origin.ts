import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { bearerKey } from "@/lib/keys/bearer";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?authjs\.session-token(?:\.\d+)?=/;

/**
 * Cross-site request forgery guard for route handlers and server actions
 * alike. A state-changing request that rides on the session cookie must come
 * from our own pages: its Origin must name this host. A request with a
 * Bearer key is exempt whatever its Origin: it carries no ambient authority,
 * it is judged by its key alone (never by a cookie beside it), and a browser
 * cannot send one cross-site without a CORS preflight, which we never grant.
 */
export function assertSameOrigin(req: Pick<Request, "method" | "headers">): void {
  if (SAFE_METHODS.has(req.method)) return;
  if (bearerKey(req.headers) !== null) return;
  const origin = req.headers.get("origin");
  const usesCookie = SESSION_COOKIE.test(req.headers.get("cookie") ?? "");

  if (origin === null) {
    if (usesCookie) throw crossSite();
    return;
  }
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    throw crossSite();
  }
  if (originHost !== requestHost(req.headers)) throw crossSite();
}

/** The host the browser addressed: the proxy's view when we sit behind a trusted one. */
function requestHost(headers: Headers): string {
  return forwardedValue(headers, "x-forwarded-host") ?? headers.get("host") ?? "";
}

/** The origin the browser addressed, e.g. `https://chat.example.org`. */
export function publicOrigin(headers: Headers): string {
  const protocol = forwardedValue(headers, "x-forwarded-proto") ?? "http";
  return `${protocol}://${requestHost(headers)}`;
}

function forwardedValue(headers: Headers, name: string): string | undefined {
  if (env().TRUSTED_PROXY_HOPS === 0) return undefined;
  return headers.get(name)?.split(",")[0]?.trim() || undefined;
}

function crossSite() {
  return new AppError("cross_site_request", 403, "This request did not come from this site.");
}
