import { conversationContracts } from "@/lib/conversations/contracts";
import { deleteConversation } from "@/lib/conversations/delete";
import { getConversation } from "@/lib/conversations/get";
import { updateConversation } from "@/lib/conversations/update";
import { route } from "@/lib/http/route";

export const GET = route(conversationContracts.get, async ({ user, params }) =>
  getConversation(user, params.id),
);

export const PATCH = route(conversationContracts.update, async ({ user, params, body }) =>
  updateConversation(user, params.id, body),
);

export const DELETE = route(conversationContracts.remove, async ({ user, params }) => {
  await deleteConversation(user, params.id);
});
