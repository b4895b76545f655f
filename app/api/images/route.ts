import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { createImage } from "@/lib/images/generate";
import { listImages } from "@/lib/images/list";

/** The caller's images, newest first: `?limit&cursor&favorites=true&q=`. */
export const GET = userRoute(async (req, { user }) =>
  Response.json(await listImages(user, Object.fromEntries(new URL(req.url).searchParams))),
);

/**
 * Generates an image and answers once it is stored. Closing the request
 * cancels the upstream call, and nothing is saved.
 */
export const POST = userRoute(async (req, { user }) =>
  Response.json(await createImage(user, await readJson(req), req.signal), { status: 201 }),
);
