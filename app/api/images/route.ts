import { route } from "@/lib/http/route";
import { imageContracts } from "@/lib/images/contracts";
import { createImage } from "@/lib/images/generate";
import { listImages } from "@/lib/images/list";

/** The caller's images, newest first: `?limit&cursor&favorites=true&q=`. */
export const GET = route(imageContracts.list, async ({ user, query }) => listImages(user, query));

/**
 * Generates an image and answers once it is stored. A closed request does
 * not stop it (the image is kept and every tab sees it arrive); only
 * POST /api/images/jobs/:id/stop does.
 */
export const POST = route(imageContracts.generate, async ({ user, body }) =>
  createImage(user, body),
);
