import { stopArena } from "@/lib/arena/stop";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

export const POST = userRoute<{ id: string }>(async (req, { user, params }) =>
  Response.json(await stopArena(user, params.id, await readJson(req))),
);
