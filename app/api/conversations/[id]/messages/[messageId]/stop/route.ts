import { messageContracts } from "@/lib/chat/contracts";
import { stopReply } from "@/lib/chat/manage-messages";
import { readOptionalJson } from "@/lib/http/body";
import { route } from "@/lib/http/route";

/**
 * 204 whether or not the reply was still running: afterwards it is not. An
 * optional `{ shown }` keeps no more of it than the browser had on screen.
 */
export const POST = route(messageContracts.stop, async ({ req, user, params }) => {
  await stopReply(user, params.id, params.messageId, await readOptionalJson(req));
});
