/** Why a session ended, as the sign-in page's `reason` names it. */
const SIGN_OUT_NOTICES = [
  "signed-out",
  "password-changed",
  "role-changed",
  "revoked",
  "deleted",
] as const;

type SignOutNotice = (typeof SIGN_OUT_NOTICES)[number];

/** Why a single sign-on was refused (lib/users/sso-sign-in.ts), as next-auth sends it back. */
const SSO_REFUSALS = ["sso-no-email", "sso-unverified", "sso-taken"] as const;

/** What the sign-in page says above its form. */
export type LoginNotice =
  | "banned"
  | SignOutNotice
  | (typeof SSO_REFUSALS)[number]
  | "sso-failed"
  | "wrong-credentials"
  | "server";

export function isSsoRefusal(value: unknown): value is (typeof SSO_REFUSALS)[number] {
  return SSO_REFUSALS.includes(value as (typeof SSO_REFUSALS)[number]);
}

export function isSignOutNotice(value: unknown): value is SignOutNotice {
  return SIGN_OUT_NOTICES.includes(value as SignOutNotice);
}
