import { route } from "@/lib/http/route";
import { keyContracts } from "@/lib/keys/contracts";
import { createApiKey } from "@/lib/keys/create";
import { listApiKeys } from "@/lib/keys/list";

/** The signed-in person's keys, newest first: `{ items }`, never a secret. */
export const GET = route(keyContracts.list, async ({ user }) => ({
  items: await listApiKeys(user),
}));

/**
 * `{ name, expiresAt? }` in, `201 { key, secret }` out: the secret is in this
 * answer and nowhere else, ever. Session only: a key cannot mint keys.
 */
export const POST = route(keyContracts.create, async ({ user, body }) => createApiKey(user, body));
