import { route } from "@/lib/http/route";
import { keyContracts } from "@/lib/keys/contracts";
import { revokeApiKey } from "@/lib/keys/revoke";

/** Revokes the key at once; it stays in the list as revoked. */
export const DELETE = route(keyContracts.revoke, async ({ user, params }) => {
  await revokeApiKey(user, params.id);
});
