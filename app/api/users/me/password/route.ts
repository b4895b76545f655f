import { currentSession } from "@/lib/auth/current-user";
import { readJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { sessionRoute } from "@/lib/http/route";
import { changePassword } from "@/lib/users/change-password";

/**
 * Session only: a leaked key must not be enough to take the account over.
 * Every session of the account, this one included, is signed out (sign in
 * again after), and the account's API keys are revoked unless the body says
 * `revokeApiKeys: false`.
 */
export const POST = sessionRoute(async (req, { user }) => {
  await changePassword(user, await readJson(req), {
    address: clientAddress(req.headers),
    sessionId: (await currentSession())?.sid ?? null,
  });
  return new Response(null, { status: 204 });
});
