import { headers } from "next/headers";
import type { Session } from "next-auth";
import { cache } from "react";
import { auth } from "@/lib/auth/next-auth";
import { isSessionRevoked } from "@/lib/auth/revocation";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { ALLOWANCE_FIELDS, rememberAllowance } from "@/lib/chat/token-budget";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { assertSameOrigin } from "@/lib/http/origin";
import { isLocale } from "@/lib/i18n/locales";
import { apiKeyOwnerId } from "@/lib/keys/authenticate";
import { bearerKey } from "@/lib/keys/bearer";
import { setRequestUser } from "@/lib/observability/request-context";
import { avatarUrl } from "@/lib/users/avatar-url";
import { User, type UserDoc } from "@/models/user";

const ACTIVITY_RESOLUTION_MS = 5 * 60 * 1000;
// The allowance comes along, so a model call is admitted without reading the account again.
const USER_FIELDS = `email role profile settings.theme settings.language settings.notifications_enabled status session_version usage.last_active ${ALLOWANCE_FIELDS}`;

type LoadedUser = Pick<
  UserDoc,
  "_id" | "email" | "role" | "profile" | "settings" | "status" | "session_version" | "usage"
>;

/**
 * The signed-in user, checked against the database on every request: a
 * deleted user, a revoked session or one issued before the user's
 * session_version moved (password change, ban, role change) counts as signed
 * out. A banned user gets a 403. Cached for the duration of one request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await currentSession();
  return session ? userOfSession(session) : null;
});

/** The request's next-auth session, read once per request; null when signed out. */
export const currentSession = cache(async (): Promise<Session | null> => {
  const session = await auth();
  return session?.user?.id && session.sid ? session : null;
});

/**
 * The user a session belongs to, as currentUser() checks it, for whoever
 * holds a session past its request (the events channel): null once it is
 * signed out, a 403 once the user is banned.
 */
export async function userOfSession(session: Session): Promise<SessionUser | null> {
  if (!session.user?.id) return null;
  await connectDb();
  const [user, revoked] = await Promise.all([
    User.findById(session.user.id).select(USER_FIELDS).lean<LoadedUser>(),
    isSessionRevoked(session.sid),
  ]);
  if (!user || revoked) return null;
  // A ban moves the version too: its sessions hear that they were banned, not signed out.
  if (user.session_version !== session.sv && !user.status.is_banned) return null;
  return activeUser(user);
}

/** The owner of the request's Bearer key: a 401 for a bad key, a 403 for a banned owner. */
const apiKeyUser = cache(async (secret: string): Promise<SessionUser> => {
  const ownerId = await apiKeyOwnerId(secret);
  const user = await User.findById(ownerId).select(USER_FIELDS).lean<LoadedUser>();
  if (!user) throw AppError.unauthorized("This API key is not valid.");
  return activeUser(user);
});

function activeUser(user: LoadedUser): SessionUser {
  if (user.status.is_banned) throw new AppError("banned", 403, "This account has been suspended.");

  const lastActive = user.usage.last_active?.getTime() ?? 0;
  if (Date.now() - lastActive > ACTIVITY_RESOLUTION_MS) {
    // Not awaited: recording activity must never slow down or fail a request.
    void User.updateOne({ _id: user._id }, { $set: { "usage.last_active": new Date() } }).catch(
      () => {},
    );
  }

  const actor = {
    id: user._id.toString(),
    email: user.email,
    role: user.role,
    displayName: user.profile.display_name,
    avatarUrl: avatarUrl(user._id.toString(), user.profile.avatar_key),
    theme: user.settings.theme,
    notifyReplies: user.settings.notifications_enabled ?? true,
    language: isLocale(user.settings.language) ? user.settings.language : null,
  };
  rememberAllowance(actor, user);
  // The request's log line names who made it.
  setRequestUser(actor.id);
  return actor;
}

interface Credentials {
  /**
   * Whether a Bearer key may stand in for the session. Only route handlers
   * say yes: pages and server actions are the browser's, and a key must not
   * reach what only the signed-in person may do (such as minting keys).
   */
  apiKey?: boolean;
}

// How Next recognises a server action: by this header, or (for a form posted
// without JavaScript) by a form body.
const FORM_BODY = /^\s*(?:multipart\/form-data|application\/x-www-form-urlencoded)/i;

function isServerAction(requestHeaders: Headers): boolean {
  return (
    requestHeaders.has("next-action") || FORM_BODY.test(requestHeaders.get("content-type") ?? "")
  );
}

export async function requireUser(credentials: Credentials = {}): Promise<SessionUser> {
  const requestHeaders = await headers();
  // Next compares Origin with Host only when a request has an Origin; a server
  // action riding on the cookie is held to the route handlers' rule instead.
  // Actions arrive as POSTs, and this is where every one of them gets its user.
  if (isServerAction(requestHeaders)) assertSameOrigin({ method: "POST", headers: requestHeaders });
  const key = credentials.apiKey ? bearerKey(requestHeaders) : null;
  // A request that names a key is judged by that key alone, never by a cookie it also carries.
  const user = key !== null ? await apiKeyUser(key) : await currentUser();
  if (!user) throw AppError.unauthorized();
  return user;
}

export async function requireAdmin(credentials: Credentials = {}): Promise<SessionUser> {
  const user = await requireUser(credentials);
  assertAdmin(user);
  return user;
}
