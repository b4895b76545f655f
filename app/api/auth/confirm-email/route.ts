import { confirmEmailChange } from "@/lib/account/confirm-email-change";
import { selfServiceContracts } from "@/lib/account/contracts";
import { route } from "@/lib/http/route";

export const POST = route(selfServiceContracts.confirmEmail, async ({ req, body }) =>
  confirmEmailChange(body, { acceptLanguage: req.headers.get("accept-language") }),
);
