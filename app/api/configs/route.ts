import { createConfig } from "@/lib/configs/create";
import { listMyConfigs } from "@/lib/configs/list";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

/** The caller's own configs and the ones they saved. */
export const GET = userRoute(async (_req, { user }) =>
  Response.json({ items: await listMyConfigs(user) }),
);

export const POST = userRoute(async (req, { user }) =>
  Response.json(await createConfig(user, await readJson(req)), { status: 201 }),
);
