import { publicOrigin } from "@/lib/http/origin";
import { route } from "@/lib/http/route";
import { shareContracts } from "@/lib/shares/contracts";
import { shareConversation } from "@/lib/shares/create";

/** `{ expiresIn? }` in (or no body), `201 { id, url }` out: a new link or this one's new copy. */
export const POST = route(shareContracts.create, async ({ req, user, params, body }) =>
  shareConversation(user, params.id, body, publicOrigin(req.headers)),
);
