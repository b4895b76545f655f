import { configContracts } from "@/lib/configs/contracts";
import { browseGallery } from "@/lib/configs/gallery";
import { route } from "@/lib/http/route";

/** Public configs and templates: `q`, `tag`, `model`, `sort`, `limit`, `cursor`. */
export const GET = route(configContracts.gallery, async ({ user, query }) =>
  browseGallery(user, query),
);
