import { continueArenaPanel } from "@/lib/arena/continue";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

export const POST = userRoute<{ id: string }>(async (req, { user, params }) =>
  Response.json(await continueArenaPanel(user, params.id, await readJson(req)), { status: 201 }),
);
