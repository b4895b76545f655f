import { createHash, randomBytes } from "node:crypto";

const KEY_PREFIX = "uc_";
/** How much of the key the list shows, so a person can tell their keys apart. */
const SHOWN_LENGTH = KEY_PREFIX.length + 8;

/** A new key: 32 random bytes after the `uc_` prefix; only its hash is ever stored. */
export function generateKey(): { secret: string; prefix: string; hash: string } {
  const secret = `${KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { secret, prefix: secret.slice(0, SHOWN_LENGTH), hash: hashKey(secret) };
}

/** sha256 is enough here: the key is random, so there is nothing to guess slowly. */
export function hashKey(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}
