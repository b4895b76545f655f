import type { QueryFilter } from "mongoose";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import type { Page } from "@/lib/conversations/dto";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { invalidCursor, toPage } from "@/lib/db/page";
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
    if (!after) throw invalidCursor();
    filter._id = { $lt: after };
  }
  await connectDb();
  const docs = await ArenaSession.find(filter)
    .sort({ _id: -1 })
    .limit(limit + 1)
    .lean();
  const page = toPage(docs, limit, (last) => last._id.toString());
  return { ...page, items: page.items.map(toSessionSummaryDto) };
}
