import { deleteOwnedFile, openOwnedFile } from "@/lib/files/access";
import { fileContracts } from "@/lib/files/contracts";
import { fileHeaders } from "@/lib/files/headers";
import { route } from "@/lib/http/route";

export const GET = route(fileContracts.download, async ({ user, params }) => {
  const { file, body } = await openOwnedFile(user, params.id);
  return new Response(body, { headers: fileHeaders(file) });
});

export const DELETE = route(fileContracts.remove, async ({ user, params }) => {
  await deleteOwnedFile(user, params.id);
});
