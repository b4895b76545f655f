import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { ArenaSession, type ArenaSessionDoc } from "@/models/arena-session";

/** The arena session `id` if `actor` owns it; anyone else's is indistinguishable from a missing one. */
export async function findOwnedSession(actor: SessionUser, id: string): Promise<ArenaSessionDoc> {
  return findOwned("arena session", id, (_id) =>
    ArenaSession.findOne({ _id, user_id: actor.id }).lean(),
  );
}
