import type { User as AuthUser } from "next-auth";
import { connectDb } from "@/lib/db/connect";
import { isDuplicateKey } from "@/lib/errors";
import { log } from "@/lib/log";
import { User, type UserDoc } from "@/models/user";

/** What the identity provider said about the person, from its ID token. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email?: string | null;
  emailVerified?: boolean | null;
  name?: string | null;
}

/** Why a single sign-on was refused; the sign-in page explains each. */
export type SsoRefusal = "banned" | "sso-no-email" | "sso-unverified" | "sso-taken";

const FIELDS = "email role profile.display_name status session_version oidc_subject";
type Found = Pick<UserDoc, "_id" | "email" | "role" | "profile" | "status" | "session_version">;

/**
 * The account a single sign-on signs in to: the one already linked to this
 * identity; else the one with the same email, linked now, but only when the
 * provider verified that email (an unverified claim would hand over someone
 * else's account); else a new account. A banned account is refused.
 */
export async function ssoSignIn(identity: SsoIdentity): Promise<AuthUser | SsoRefusal> {
  await connectDb();
  const subject = `${identity.issuer} ${identity.subject}`;
  const email = identity.email?.trim().toLowerCase() || null;

  let user = await User.findOne({ oidc_subject: subject }).select(FIELDS).lean<Found>();
  if (!user && email) {
    const sameEmail = await User.findOne({ email }).select(FIELDS).lean<Found>();
    if (sameEmail) {
      if (identity.emailVerified !== true) return "sso-unverified";
      const linked = await User.updateOne(
        { _id: sameEmail._id, oidc_subject: null },
        { $set: { oidc_subject: subject } },
      );
      // Already linked to another identity of this provider (or another provider).
      if (linked.modifiedCount === 0) return "sso-taken";
      user = sameEmail;
      log.info("single sign-on linked to an existing account", { userId: String(user._id) });
    }
  }
  if (!user) {
    if (!email) return "sso-no-email";
    user = await createAccount(email, subject, identity.name);
    if (!user) return "sso-taken";
  }
  if (user.status.is_banned) return "banned";

  return {
    id: user._id.toString(),
    email: user.email,
    name: user.profile.display_name,
    role: user.role,
    sessionVersion: user.session_version,
  };
}

/** A new ordinary account without a password; null when the email was taken meanwhile. */
async function createAccount(
  email: string,
  subject: string,
  name: string | null | undefined,
): Promise<Found | null> {
  const displayName = name?.trim().slice(0, 60) || email.split("@")[0] || "New user";
  try {
    const created = await User.create({
      email,
      oidc_subject: subject,
      role: "user",
      profile: { display_name: displayName },
    });
    log.info("single sign-on created an account", { userId: String(created._id) });
    return created.toObject();
  } catch (error) {
    // A password sign-up took the email between the lookup and the insert.
    if (isDuplicateKey(error)) return null;
    throw error;
  }
}
