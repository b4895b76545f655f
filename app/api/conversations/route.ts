import { createConversation } from "@/lib/conversations/create";
import { listConversations } from "@/lib/conversations/list";
import { searchConversations } from "@/lib/conversations/search";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

/** The sidebar's pages, or with `q` the search results in the same shape (one page). */
export const GET = userRoute(async (req, { user }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  if ("q" in query) {
    return Response.json({ items: await searchConversations(user, query), nextCursor: null });
  }
  return Response.json(await listConversations(user, query));
});

export const POST = userRoute(async (req, { user }) =>
  Response.json(await createConversation(user, await readJson(req)), { status: 201 }),
);
