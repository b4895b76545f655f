import { selfServiceContracts } from "@/lib/account/contracts";
import { resetPassword } from "@/lib/account/reset-password";
import { route } from "@/lib/http/route";

export const POST = route(selfServiceContracts.resetPassword, async ({ body, audit }) => {
  await resetPassword(body, { address: audit.ip });
});
