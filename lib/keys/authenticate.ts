import type { Types } from "mongoose";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { ApiKey } from "@/models/api-key";
import { hashKey } from "./secret";
import { keyStatus } from "./to-dto";

const LAST_USED_RESOLUTION_MS = 60 * 1000;

/**
 * The owner of a Bearer key. Unknown, revoked and expired keys are a 401
 * that says which, so a script's author knows to make a new one.
 */
export async function apiKeyOwnerId(secret: string): Promise<Types.ObjectId> {
  await connectDb();
  const key = await ApiKey.findOne({ key_hash: hashKey(secret) })
    .select("user_id revoked_at expires_at last_used_at")
    .lean();
  if (!key) throw AppError.unauthorized("This API key is not valid.");
  const status = keyStatus(key);
  if (status === "revoked") throw AppError.unauthorized("This API key has been revoked.");
  if (status === "expired") throw AppError.unauthorized("This API key has expired.");

  const lastUsed = key.last_used_at?.getTime() ?? 0;
  if (Date.now() - lastUsed > LAST_USED_RESOLUTION_MS) {
    // Not awaited: recording use must never slow down or fail a request.
    void ApiKey.updateOne({ _id: key._id }, { $set: { last_used_at: new Date() } }).catch(() => {});
  }
  return key.user_id;
}
