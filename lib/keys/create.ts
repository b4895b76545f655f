import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { parseInput } from "@/lib/validation";
import { ApiKey } from "@/models/api-key";
import type { ApiKeyDto } from "./dto";
import { createApiKeySchema } from "./schemas";
import { generateKey } from "./secret";
import { toApiKeyDto } from "./to-dto";

export interface CreatedApiKey {
  key: ApiKeyDto;
  /** The whole key, returned this once: only its hash is kept. */
  secret: string;
}

export async function createApiKey(actor: SessionUser, input: unknown): Promise<CreatedApiKey> {
  const { name, expiresAt } = parseInput(createApiKeySchema, input);
  const { secret, prefix, hash } = generateKey();
  await connectDb();
  const key = await ApiKey.create({
    user_id: actor.id,
    name,
    prefix,
    key_hash: hash,
    expires_at: expiresAt ?? null,
  });
  return { key: toApiKeyDto(key.toObject()), secret };
}
