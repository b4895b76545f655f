import type { SessionUser } from "@/lib/auth/types";
import type { FolderDto } from "@/lib/conversations/dto";
import { toFolderDto } from "@/lib/conversations/to-dto";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { updateFolderSchema } from "@/lib/folders/schemas";
import { parseInput } from "@/lib/validation";
import { Folder, type FolderDoc } from "@/models/folder";

/** Renames a folder or changes its colour or icon; its conversations and count are untouched. */
export async function updateFolder(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<FolderDto> {
  const { name, color, icon } = parseInput(updateFolderSchema, input);
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("folder");

  const set: Partial<Pick<FolderDoc, "name" | "color" | "icon">> = {};
  if (name !== undefined) set.name = name;
  if (color !== undefined) set.color = color;
  if (icon !== undefined) set.icon = icon;

  await connectDb();
  const filter = { _id, user_id: actor.id };
  const folder =
    Object.keys(set).length === 0
      ? await Folder.findOne(filter).lean()
      : await Folder.findOneAndUpdate(filter, { $set: set }, { returnDocument: "after" }).lean();
  if (!folder) throw AppError.notFound("folder");
  return toFolderDto(folder);
}
