import type { SessionUser } from "@/lib/auth/types";
import type { FolderDto } from "@/lib/conversations/dto";
import { toFolderDto } from "@/lib/conversations/to-dto";
import { findOwned } from "@/lib/db/find-owned";
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
  const set: Partial<Pick<FolderDoc, "name" | "color" | "icon">> = {};
  if (name !== undefined) set.name = name;
  if (color !== undefined) set.color = color;
  if (icon !== undefined) set.icon = icon;

  const folder = await findOwned("folder", id, (_id) =>
    Object.keys(set).length === 0
      ? Folder.findOne({ _id, user_id: actor.id }).lean()
      : Folder.findOneAndUpdate(
          { _id, user_id: actor.id },
          { $set: set },
          { returnDocument: "after" },
        ).lean(),
  );
  return toFolderDto(folder);
}
