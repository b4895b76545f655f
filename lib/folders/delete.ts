import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { Conversation } from "@/models/conversation";
import { Folder } from "@/models/folder";

/** Deletes a folder; its conversations stay, in no folder. */
export async function deleteFolder(actor: SessionUser, id: string): Promise<void> {
  // The folder goes first: a move into it from now on finds no folder and
  // fails, so the release below catches every conversation that got in.
  const deleted = await findOwned("folder", id, (_id) =>
    Folder.findOneAndDelete({ _id, user_id: actor.id }).lean(),
  );
  await Conversation.updateMany(
    { user_id: actor.id, folder_id: deleted._id },
    { $set: { folder_id: null } },
  );
}
