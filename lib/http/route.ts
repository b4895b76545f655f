import { requireAdmin, requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, toAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { bearerKey } from "@/lib/keys/bearer";
import { enforceRateLimit, type RateLimitPolicy } from "@/lib/rate-limit/limiter";

type Params = Record<string, string | string[]>;
interface NextRouteContext<P extends Params> {
  params: Promise<P>;
}

/**
 * Wraps a route handler: the same-origin check, then the handler, and any
 * error turned into the JSON error shape (never a stack trace).
 */
export function route<P extends Params = Params>(
  handler: (req: Request, params: P) => Promise<Response>,
) {
  return async (req: Request, context: NextRouteContext<P>): Promise<Response> => {
    try {
      assertSameOrigin(req);
      return await handler(req, await context.params);
    } catch (error) {
      return toAppError(error).toResponse();
    }
  };
}

interface Authorized<P> {
  user: SessionUser;
  params: P;
}

interface RouteOptions {
  /** A limit of the route's own (uploads, exports), counted before the body is read. */
  limit?: RateLimitPolicy;
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every change a signed-in account makes counts against one generous limit,
 * and everything an admin does against another; reads are free, except the
 * costly ones: exports and uploads name their own, search is limited by its
 * services (only a query with search terms counts).
 */
async function limited(
  req: Request,
  user: SessionUser,
  options: RouteOptions & { admin?: boolean },
): Promise<SessionUser> {
  const key = `user:${user.id}`;
  if (options.admin) await enforceRateLimit("admin", [key]);
  else if (!READS.has(req.method)) await enforceRateLimit("mutation", [key]);
  if (options.limit) await enforceRateLimit(options.limit, [key]);
  return user;
}

/**
 * A route for signed-in users, by session cookie or personal API key: 401
 * without either, 403 for a banned account.
 */
export function userRoute<P extends Params = Params>(
  handler: (req: Request, context: Authorized<P>) => Promise<Response>,
  options: RouteOptions = {},
) {
  return route<P>(async (req, params) =>
    handler(req, {
      user: await limited(req, await requireUser({ apiKey: true }), options),
      params,
    }),
  );
}

/** A route for admins only, by session or key: 401 anonymous, 403 for everyone else. */
export function adminRoute<P extends Params = Params>(
  handler: (req: Request, context: Authorized<P>) => Promise<Response>,
  options: RouteOptions = {},
) {
  return route<P>(async (req, params) =>
    handler(req, {
      user: await limited(req, await requireAdmin({ apiKey: true }), { ...options, admin: true }),
      params,
    }),
  );
}

/**
 * A route for the signed-in person in the browser only: managing keys (a
 * leaked key must not mint more keys or outlive its revocation) and changing
 * what protects the account, such as its password (a leaked key must not
 * take the account over). A key is refused here even when it is valid.
 */
export function sessionRoute<P extends Params = Params>(
  handler: (req: Request, context: Authorized<P>) => Promise<Response>,
) {
  return route<P>(async (req, params) => {
    if (bearerKey(req.headers) !== null) {
      throw AppError.forbidden("An API key cannot do this: it needs you signed in to the website.");
    }
    return handler(req, { user: await limited(req, await requireUser(), {}), params });
  });
}
