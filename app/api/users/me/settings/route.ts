import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { updateSettings } from "@/lib/users/profile";

export const PATCH = userRoute(async (req, { user }) =>
  Response.json(await updateSettings(user, await readJson(req))),
);
