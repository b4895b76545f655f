import type { QueryFilter } from "mongoose";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import type { Page } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ArenaSession, type ArenaSessionDoc } from "@/models/arena-session";
import { listArenaSchema } from "./schemas";
import { toSessionSummaryDto } from "./to-dto";

/** The actor's sessions, newest first; the cursor is the last id shown. */
export async function listArenaSessions(
  actor: SessionUser,
  query: unknown,
): Promise<Page<ArenaSessionSummaryDto>> {
  const { limit, cursor } = parseInput(listArenaSchema, query);
  const filter: QueryFilter<ArenaSessionDoc> = { user_id: actor.id };
  if (cursor !== undefined) {
    const after = toObjectId(cursor);
    if (!after)
      throw AppError.badRequest("cursor: is not a valid cursor", {
        cursor: ["is not a valid cursor"],
      });
    filter._id = { $lt: after };
  }
  await connectDb();
  // One more than asked tells whether another page follows without a count.
  const docs = await ArenaSession.find(filter)
    .sort({ _id: -1 })
    .limit(limit + 1)
    .lean();
  const items = docs.slice(0, limit);
  const last = items.at(-1);
  return {
    items: items.map(toSessionSummaryDto),
    nextCursor: docs.length > limit && last ? last._id.toString() : null,
  };
}
