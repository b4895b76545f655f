import { folderContracts } from "@/lib/folders/contracts";
import { deleteFolder } from "@/lib/folders/delete";
import { updateFolder } from "@/lib/folders/update";
import { route } from "@/lib/http/route";

export const PATCH = route(folderContracts.update, async ({ user, params, body }) =>
  updateFolder(user, params.id, body),
);

export const DELETE = route(folderContracts.remove, async ({ user, params }) => {
  await deleteFolder(user, params.id);
});
