import { userRoute } from "@/lib/http/route";
import { listCategories } from "@/lib/templates/list";

export const GET = userRoute(async (req, { user }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json({ items: await listCategories(user, query) });
});
