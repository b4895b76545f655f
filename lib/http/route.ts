import { requireAdmin, requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/types";
import { toAppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/origin";

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

/** A route for signed-in users: 401 without a session, 403 for a banned account. */
export function userRoute<P extends Params = Params>(
  handler: (req: Request, context: Authorized<P>) => Promise<Response>,
) {
  return route<P>(async (req, params) => handler(req, { user: await requireUser(), params }));
}

/** A route for admins only: 401 anonymous, 403 for everyone else. */
export function adminRoute<P extends Params = Params>(
  handler: (req: Request, context: Authorized<P>) => Promise<Response>,
) {
  return route<P>(async (req, params) => handler(req, { user: await requireAdmin(), params }));
}
