import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { ArenaSession } from "@/models/arena-session";
import { findOwnedSession } from "./access";
import { renameArenaSchema } from "./schemas";
import { toSessionSummaryDto } from "./to-dto";

export async function renameArenaSession(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<ArenaSessionSummaryDto> {
  const { title } = parseInput(renameArenaSchema, input);
  const session = await findOwnedSession(actor, id);
  const updated = await ArenaSession.findOneAndUpdate(
    { _id: session._id, user_id: actor.id },
    { $set: { title } },
    { returnDocument: "after" },
  ).lean();
  if (!updated) throw AppError.notFound("arena session");
  return toSessionSummaryDto(updated);
}
