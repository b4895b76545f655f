import { browseGallery } from "@/lib/configs/gallery";
import { userRoute } from "@/lib/http/route";

/** Public configs and templates: `q`, `tag`, `model`, `sort`, `limit`, `cursor`. */
export const GET = userRoute(async (req, { user }) =>
  Response.json(await browseGallery(user, Object.fromEntries(new URL(req.url).searchParams))),
);
