import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { ApiKey } from "@/models/api-key";
import type { ApiKeyDto } from "./dto";
import { toApiKeyDto } from "./to-dto";

// A person keeps a handful of keys; the list is not paged.
const MAX_LISTED = 200;

/** The actor's keys, newest first, revoked and expired ones included. */
export async function listApiKeys(actor: SessionUser): Promise<ApiKeyDto[]> {
  await connectDb();
  const keys = await ApiKey.find({ user_id: actor.id })
    .sort({ created_at: -1, _id: -1 })
    .limit(MAX_LISTED)
    .lean();
  return keys.map(toApiKeyDto);
}
