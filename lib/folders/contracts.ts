import { createFolderSchema, updateFolderSchema } from "@/lib/folders/schemas";
import { creates, NO_CONTENT, tagged } from "@/lib/http/contract";

const folder = tagged("Folders");

export const folderContracts = {
  list: folder("get", "/api/folders", "The caller's folders"),
  create: folder("post", "/api/folders", "Create a folder", creates(createFolderSchema)),
  update: folder("patch", "/api/folders/{id}", "Rename or restyle a folder", {
    body: updateFolderSchema,
  }),
  remove: folder(
    "delete",
    "/api/folders/{id}",
    "Delete a folder; its conversations move to no folder",
    NO_CONTENT,
  ),
};
