import { createHash, randomBytes } from "node:crypto";
import type { Types } from "mongoose";
import { AppError } from "@/lib/errors";
import { AccountToken, type AccountTokenDoc, type AccountTokenKind } from "@/models/account-token";

/** How long a mailed link works. */
export const TOKEN_LIFETIME_MS = 60 * 60 * 1000;

// The token is random, so a fast hash is enough: there is nothing to guess slowly.
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Makes a link's token for the account and returns it; only its hash is
 * stored. The account's earlier links of the same kind stop working, so
 * only the latest email counts, and expired tokens of anyone are swept.
 */
export async function issueToken(
  kind: AccountTokenKind,
  userId: Types.ObjectId,
  email: string,
): Promise<string> {
  await Promise.all([
    AccountToken.deleteMany({ user_id: userId, kind, used_at: null }),
    sweepExpiredTokens(),
  ]);
  const token = randomBytes(32).toString("base64url");
  await AccountToken.create({
    token_hash: hashToken(token),
    kind,
    user_id: userId,
    email,
    expires_at: new Date(Date.now() + TOKEN_LIFETIME_MS),
  });
  return token;
}

/** Removes links past their hour; the embedded database has no TTL index to do it. */
export async function sweepExpiredTokens(): Promise<void> {
  await AccountToken.deleteMany({ expires_at: { $lt: new Date() } });
}

/**
 * Uses a link's token up, once: marking it used is the same write that
 * finds it, so two clicks racing each other cannot both succeed. An unknown,
 * used or expired token is a 400 that says to ask for a new link.
 */
export async function consumeToken(
  kind: AccountTokenKind,
  token: string,
  expired: string,
): Promise<AccountTokenDoc> {
  const now = new Date();
  const found = await AccountToken.findOneAndUpdate(
    { token_hash: hashToken(token), kind, used_at: null, expires_at: { $gt: now } },
    { $set: { used_at: now } },
  ).lean();
  if (!found) throw new AppError("invalid_token", 400, expired);
  return found;
}
