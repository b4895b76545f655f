import type { SignOutReason } from "../shared/events";

/** Where a tab goes when its session ends: the sign-in page, saying why. */
export function signInPageFor(reason: SignOutReason): string {
  // A banned session keeps its cookie, so the page can show the reason the admin gave.
  if (reason === "banned") return "/login?error=banned";
  return `/login?reason=${reason.replace(/_/g, "-")}`;
}
