import { messageContracts } from "@/lib/chat/contracts";
import { deleteMessage } from "@/lib/chat/manage-messages";
import { route } from "@/lib/http/route";

/** Deletes the message and every reply below it. */
export const DELETE = route(messageContracts.remove, async ({ user, params }) => {
  await deleteMessage(user, params.id, params.messageId);
});
