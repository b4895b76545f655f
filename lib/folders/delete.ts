import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { Conversation } from "@/models/conversation";
import { Folder } from "@/models/folder";

/** Deletes a folder; its conversations stay, in no folder. */
export async function deleteFolder(actor: SessionUser, id: string): Promise<void> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("folder");

  await connectDb();
  // The folder goes first: a move into it from now on finds no folder and
  // fails, so the release below catches every conversation that got in.
  const deleted = await Folder.findOneAndDelete({ _id, user_id: actor.id }).lean();
  if (!deleted) throw AppError.notFound("folder");
  await Conversation.updateMany(
    { user_id: actor.id, folder_id: _id },
    { $set: { folder_id: null } },
  );
}
