import { currentSession } from "@/lib/auth/current-user";
import { route } from "@/lib/http/route";
import { changePassword } from "@/lib/users/change-password";
import { accountContracts } from "@/lib/users/contracts";

/**
 * Session only: a leaked key must not be enough to take the account over.
 * Every session of the account, this one included, is signed out (sign in
 * again after), and the account's API keys are revoked unless the body says
 * `revokeApiKeys: false`.
 */
export const POST = route(accountContracts.changePassword, async ({ user, body, audit }) => {
  await changePassword(user, body, {
    address: audit.ip,
    sessionId: (await currentSession())?.sid ?? null,
  });
});
