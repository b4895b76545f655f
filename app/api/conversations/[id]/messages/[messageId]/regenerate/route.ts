import { messageContracts } from "@/lib/chat/contracts";
import { regenerateReply } from "@/lib/chat/regenerate";
import { route } from "@/lib/http/route";

export const POST = route(messageContracts.regenerate, async ({ user, params, body }) =>
  regenerateReply(user, params.id, params.messageId, body),
);
