import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { getProfile, updateProfile } from "@/lib/users/profile";

export const GET = userRoute(async (_req, { user }) => Response.json(await getProfile(user)));

export const PATCH = userRoute(async (req, { user }) =>
  Response.json(await updateProfile(user, await readJson(req))),
);
