import { conversationContracts } from "@/lib/conversations/contracts";
import { createConversation } from "@/lib/conversations/create";
import { listConversations } from "@/lib/conversations/list";
import { searchConversations } from "@/lib/conversations/search";
import { route } from "@/lib/http/route";

/** The sidebar's pages, or with `q` the search results in the same shape (one page). */
export const GET = route(conversationContracts.list, async ({ user, query }) => {
  if ("q" in query) return { items: await searchConversations(user, query), nextCursor: null };
  return listConversations(user, query);
});

export const POST = route(conversationContracts.create, async ({ user, body }) =>
  createConversation(user, body),
);
