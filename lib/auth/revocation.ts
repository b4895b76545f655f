import type { Types } from "mongoose";
import { SESSION_MAX_AGE_SECONDS } from "@/lib/auth/config";
import { connectDb } from "@/lib/db/connect";
import { RevokedSession } from "@/models/revoked-session";

/** Records a signed-out session so its cookie is refused even if it was copied. */
export async function revokeSession(sid: string, userId: string | Types.ObjectId): Promise<void> {
  await connectDb();
  await RevokedSession.updateOne(
    { sid },
    {
      $setOnInsert: {
        sid,
        user_id: userId,
        expires_at: new Date(Date.now() + SESSION_MAX_AGE_SECONDS * 1000),
      },
    },
    { upsert: true },
  );
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await RevokedSession.exists({ sid })) !== null;
}

/** The embedded database has no TTL indexes, so expired entries are swept at start-up. */
export async function removeExpiredRevocations(): Promise<number> {
  const { deletedCount } = await RevokedSession.deleteMany({ expires_at: { $lt: new Date() } });
  return deletedCount;
}
