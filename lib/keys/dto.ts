export type ApiKeyStatus = "active" | "expired" | "revoked";

/** A key as its owner sees it in the list: never the secret, never the hash. */
export interface ApiKeyDto {
  id: string;
  name: string;
  prefix: string;
  createdAt: string;
  lastUsedAt: string | null;
  expiresAt: string | null;
  revokedAt: string | null;
  status: ApiKeyStatus;
}
