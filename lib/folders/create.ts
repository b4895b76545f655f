import type { SessionUser } from "@/lib/auth/types";
import type { FolderDto } from "@/lib/conversations/dto";
import { toFolderDto } from "@/lib/conversations/to-dto";
import { connectDb } from "@/lib/db/connect";
import { AppError } from "@/lib/errors";
import { createFolderSchema } from "@/lib/folders/schemas";
import { parseInput } from "@/lib/validation";
import { Folder } from "@/models/folder";

/** The folder list is read whole (no pages), so it is kept to a size the sidebar can show. */
export const MAX_FOLDERS = 100;

export async function createFolder(actor: SessionUser, input: unknown): Promise<FolderDto> {
  const { name, color, icon } = parseInput(createFolderSchema, input);

  await connectDb();
  if ((await Folder.countDocuments({ user_id: actor.id })) >= MAX_FOLDERS) {
    throw AppError.conflict(`You can have at most ${MAX_FOLDERS} folders.`);
  }
  const folder = await Folder.create({ user_id: actor.id, name, color, icon });
  return toFolderDto(folder.toObject());
}
