import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { ArenaSession, type ArenaSessionDoc } from "@/models/arena-session";

/** The arena session `id` if `actor` owns it; anyone else's is indistinguishable from a missing one. */
export async function findOwnedSession(actor: SessionUser, id: string): Promise<ArenaSessionDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("arena session");
  await connectDb();
  const session = await ArenaSession.findOne({ _id, user_id: actor.id }).lean();
  if (!session) throw AppError.notFound("arena session");
  return session;
}
