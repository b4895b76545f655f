import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { changePassword } from "@/lib/users/change-password";

/** Every session of the account, this one included, is signed out: sign in again after. */
export const POST = userRoute(async (req, { user }) => {
  await changePassword(user, await readJson(req));
  return new Response(null, { status: 204 });
});
