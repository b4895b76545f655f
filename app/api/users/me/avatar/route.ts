import { readUploadedFile } from "@/lib/files/form";
import { userRoute } from "@/lib/http/route";
import { removeAvatar, setAvatar } from "@/lib/users/avatar";

export const PUT = userRoute(async (req, { user }) =>
  Response.json(await setAvatar(user, await readUploadedFile(req))),
);

export const DELETE = userRoute(async (_req, { user }) => Response.json(await removeAvatar(user)));
