import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { findOwned } from "@/lib/db/find-owned";
import { ApiKey } from "@/models/api-key";

/** Revokes one of the actor's keys; the next request with it is a 401. Revoking twice is fine. */
export async function revokeApiKey(actor: SessionUser, id: string): Promise<void> {
  const key = await findOwned("API key", id, (_id) =>
    ApiKey.findOne({ _id, user_id: actor.id }).select("revoked_at").lean(),
  );
  if (key.revoked_at) return;
  await ApiKey.updateOne({ _id: key._id, user_id: actor.id }, { $set: { revoked_at: new Date() } });
}

/** Revokes every key of the user at once, e.g. when their password changes. */
export async function revokeAllApiKeys(userId: Types.ObjectId): Promise<void> {
  await connectDb();
  await ApiKey.updateMany(
    { user_id: userId, revoked_at: null },
    { $set: { revoked_at: new Date() } },
  );
}
