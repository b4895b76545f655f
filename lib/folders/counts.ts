import type { Types } from "mongoose";
import { AppError } from "@/lib/errors";
import { Folder } from "@/models/folder";

/**
 * Counts one more conversation in the actor's folder. The ownership check
 * and the count are one update, so a folder that is not theirs (or was just
 * deleted) is a 404 and nothing is counted.
 */
export async function countIntoFolder(actor: { id: string }, folderId: string): Promise<void> {
  const { matchedCount } = await Folder.updateOne(
    { _id: folderId, user_id: actor.id },
    { $inc: { conversation_count: 1 } },
  );
  if (matchedCount === 0) throw AppError.notFound("folder");
}

/** Counts one conversation fewer; a folder deleted meanwhile has nothing left to correct. */
export async function countOutOfFolder(
  actor: { id: string },
  folderId: Types.ObjectId | string,
): Promise<void> {
  await Folder.updateOne(
    { _id: folderId, user_id: actor.id },
    { $inc: { conversation_count: -1 } },
  );
}
