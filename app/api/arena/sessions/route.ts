import { createArenaSession } from "@/lib/arena/create";
import { listArenaSessions } from "@/lib/arena/list";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

export const GET = userRoute(async (req, { user }) =>
  Response.json(await listArenaSessions(user, Object.fromEntries(new URL(req.url).searchParams))),
);

export const POST = userRoute(async (req, { user }) =>
  Response.json(await createArenaSession(user, await readJson(req)), { status: 201 }),
);
