import { sessionRoute } from "@/lib/http/route";
import { revokeApiKey } from "@/lib/keys/revoke";

/** Revokes the key at once; it stays in the list as revoked. */
export const DELETE = sessionRoute<{ id: string }>(async (_req, { user, params }) => {
  await revokeApiKey(user, params.id);
  return new Response(null, { status: 204 });
});
