import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { createImage } from "@/lib/images/generate";
import { listImages } from "@/lib/images/list";

/** The caller's images, newest first: `?limit&cursor&favorites=true&q=`. */
export const GET = userRoute(async (req, { user }) =>
  Response.json(await listImages(user, Object.fromEntries(new URL(req.url).searchParams))),
);

/**
 * Generates an image and answers once it is stored. A closed request does
 * not stop it (the image is kept and every tab sees it arrive); only
 * POST /api/images/jobs/:id/stop does.
 */
export const POST = userRoute(async (req, { user }) =>
  Response.json(await createImage(user, await readJson(req)), { status: 201 }),
);
