import { readJson } from "@/lib/http/body";
import { sessionRoute } from "@/lib/http/route";
import { createApiKey } from "@/lib/keys/create";
import { listApiKeys } from "@/lib/keys/list";

/** The signed-in person's keys, newest first: `{ items }`, never a secret. */
export const GET = sessionRoute(async (_req, { user }) =>
  Response.json({ items: await listApiKeys(user) }),
);

/**
 * `{ name, expiresAt? }` in, `201 { key, secret }` out: the secret is in this
 * answer and nowhere else, ever. Session only (see sessionRoute).
 */
export const POST = sessionRoute(async (req, { user }) =>
  Response.json(await createApiKey(user, await readJson(req)), { status: 201 }),
);
