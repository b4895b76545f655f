import type { ApiKeyDto, ApiKeyStatus } from "@/lib/keys/dto";
import type { ApiKeyDoc } from "@/models/api-key";

export function keyStatus(
  key: Pick<ApiKeyDoc, "revoked_at" | "expires_at">,
  now = Date.now(),
): ApiKeyStatus {
  if (key.revoked_at) return "revoked";
  if (key.expires_at && key.expires_at.getTime() <= now) return "expired";
  return "active";
}

export function toApiKeyDto(key: ApiKeyDoc): ApiKeyDto {
  return {
    id: key._id.toString(),
    name: key.name,
    prefix: key.prefix,
    createdAt: key.created_at.toISOString(),
    lastUsedAt: key.last_used_at?.toISOString() ?? null,
    expiresAt: key.expires_at?.toISOString() ?? null,
    revokedAt: key.revoked_at?.toISOString() ?? null,
    status: keyStatus(key),
  };
}
