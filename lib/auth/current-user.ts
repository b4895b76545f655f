import { cache } from "react";
import { auth } from "@/lib/auth/next-auth";
import { isSessionRevoked } from "@/lib/auth/revocation";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { User } from "@/models/user";

const ACTIVITY_RESOLUTION_MS = 5 * 60 * 1000;

/**
 * The signed-in user, checked against the database on every request: a
 * deleted user, a revoked session or one issued before the user's
 * session_version moved (password change, ban, role change) counts as signed
 * out. A banned user gets a 403. Cached for the duration of one request.
 */
export const currentUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  if (!session?.user?.id || !session.sid) return null;

  await connectDb();
  const [user, revoked] = await Promise.all([
    User.findById(session.user.id)
      .select("email role profile settings.theme status session_version usage.last_active")
      .lean(),
    isSessionRevoked(session.sid),
  ]);
  if (!user || revoked || user.session_version !== session.sv) return null;
  if (user.status.is_banned) throw new AppError("banned", 403, "This account has been suspended.");

  const lastActive = user.usage.last_active?.getTime() ?? 0;
  if (Date.now() - lastActive > ACTIVITY_RESOLUTION_MS) {
    // Not awaited: recording activity must never slow down or fail a request.
    void User.updateOne({ _id: user._id }, { $set: { "usage.last_active": new Date() } }).catch(
      () => {},
    );
  }

  return {
    id: user._id.toString(),
    email: user.email,
    role: user.role,
    displayName: user.profile.display_name,
    avatarUrl: user.profile.avatar_url ?? "",
    theme: user.settings.theme,
  };
});

export async function requireUser(): Promise<SessionUser> {
  const user = await currentUser();
  if (!user) throw AppError.unauthorized();
  return user;
}

export async function requireAdmin(): Promise<SessionUser> {
  const user = await requireUser();
  assertAdmin(user);
  return user;
}
