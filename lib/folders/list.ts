import type { SessionUser } from "@/lib/auth/types";
import type { FolderDto } from "@/lib/conversations/dto";
import { toFolderDto } from "@/lib/conversations/to-dto";
import { connectDb } from "@/lib/db/connect";
import { Folder } from "@/models/folder";

/** Every folder of the actor, oldest first so the sidebar order stays put. */
export async function listFolders(actor: SessionUser): Promise<FolderDto[]> {
  await connectDb();
  const folders = await Folder.find({ user_id: actor.id }).sort({ created_at: 1, _id: 1 }).lean();
  return folders.map(toFolderDto);
}
