import { deleteOwnedFile, openOwnedFile } from "@/lib/files/access";
import { fileHeaders } from "@/lib/files/headers";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const GET = userRoute<Params>(async (_req, { user, params }) => {
  const { file, body } = await openOwnedFile(user, params.id);
  return new Response(body, { headers: fileHeaders(file) });
});

export const DELETE = userRoute<Params>(async (_req, { user, params }) => {
  await deleteOwnedFile(user, params.id);
  return new Response(null, { status: 204 });
});
