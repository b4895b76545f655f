import { readJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { adminRoute, userRoute } from "@/lib/http/route";
import { createTemplate } from "@/lib/templates/create";
import { listTemplates } from "@/lib/templates/list";

/** Every matching template at once (their number is capped), in the one list shape. */
export const GET = userRoute(async (req, { user }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  return Response.json({ items: await listTemplates(user, query), nextCursor: null });
});

export const POST = adminRoute(async (req, { user }) =>
  Response.json(
    await createTemplate(user, await readJson(req), { ip: clientAddress(req.headers) }),
    { status: 201 },
  ),
);
