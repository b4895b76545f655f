/** Why a session ended, as the sign-in page's `reason` names it. */
const SIGN_OUT_NOTICES = [
  "signed-out",
  "password-changed",
  "role-changed",
  "revoked",
  "deleted",
] as const;

type SignOutNotice = (typeof SIGN_OUT_NOTICES)[number];

/** What the sign-in page says above its form. */
export type LoginNotice = "banned" | SignOutNotice | "wrong-credentials" | "server";

export function isSignOutNotice(value: unknown): value is SignOutNotice {
  return SIGN_OUT_NOTICES.includes(value as SignOutNotice);
}
