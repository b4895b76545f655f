import { messageContracts } from "@/lib/chat/contracts";
import { followOwnAnswer } from "@/lib/chat/follow-answer";
import { route } from "@/lib/http/route";

/** A running answer from its start, then live; 204 once it no longer runs (read the message). */
export const GET = route(messageContracts.follow, async ({ user, params }) =>
  followOwnAnswer(user, params.id, params.messageId),
);
