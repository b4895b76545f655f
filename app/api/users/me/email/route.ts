import { selfServiceContracts } from "@/lib/account/contracts";
import { requestEmailChange } from "@/lib/account/request-email-change";
import { route } from "@/lib/http/route";

export const POST = route(selfServiceContracts.changeEmail, async ({ req, user, body, audit }) => {
  await requestEmailChange(user, body, {
    address: audit.ip,
    acceptLanguage: req.headers.get("accept-language"),
  });
});
