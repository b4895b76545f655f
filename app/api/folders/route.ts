import { createFolder } from "@/lib/folders/create";
import { listFolders } from "@/lib/folders/list";
import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";

/** Every folder at once (their number is capped), in the one list shape. */
export const GET = userRoute(async (_req, { user }) =>
  Response.json({ items: await listFolders(user), nextCursor: null }),
);

export const POST = userRoute(async (req, { user }) =>
  Response.json(await createFolder(user, await readJson(req)), { status: 201 }),
);
