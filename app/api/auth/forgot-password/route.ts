import { selfServiceContracts } from "@/lib/account/contracts";
import { requestPasswordReset } from "@/lib/account/forgot-password";
import { route } from "@/lib/http/route";

export const POST = route(selfServiceContracts.forgotPassword, async ({ req, body }) => {
  await requestPasswordReset(body, { acceptLanguage: req.headers.get("accept-language") });
});
