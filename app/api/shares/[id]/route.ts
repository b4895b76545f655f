import { route } from "@/lib/http/route";
import { shareContracts } from "@/lib/shares/contracts";
import { revokeShareLink } from "@/lib/shares/revoke";

export const DELETE = route(shareContracts.revoke, async ({ user, params }) => {
  await revokeShareLink(user, params.id);
});
