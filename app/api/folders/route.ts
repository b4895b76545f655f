import { folderContracts } from "@/lib/folders/contracts";
import { createFolder } from "@/lib/folders/create";
import { listFolders } from "@/lib/folders/list";
import { route } from "@/lib/http/route";

/** Every folder at once (their number is capped), in the one list shape. */
export const GET = route(folderContracts.list, async ({ user }) => ({
  items: await listFolders(user),
  nextCursor: null,
}));

export const POST = route(folderContracts.create, async ({ user, body }) =>
  createFolder(user, body),
);
