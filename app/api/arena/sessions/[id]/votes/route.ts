import { voteArena } from "@/lib/arena/vote";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

export const POST = userRoute<{ id: string }>(async (req, { user, params }) =>
  Response.json(await voteArena(user, params.id, await readJson(req)), { status: 201 }),
);
