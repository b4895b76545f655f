import { toAppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { shareContracts } from "@/lib/shares/contracts";
import { getSharedConversation } from "@/lib/shares/get-snapshot";
import { SHARE_HEADERS } from "@/lib/shares/headers";

/** The copy, for anyone holding the link; no session needed. */
export const GET = route(
  shareContracts.snapshot,
  async ({ params }) =>
    Response.json(await getSharedConversation(params.token), { headers: SHARE_HEADERS }),
  { failure: (error) => toAppError(error).toResponse(SHARE_HEADERS) },
);
