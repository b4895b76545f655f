import { userRoute } from "@/lib/http/route";
import { openImageThumbnail } from "@/lib/images/file";
import { imageHeaders } from "@/lib/images/headers";

type Params = { id: string };

/** A small WebP of the image for grids. */
export const GET = userRoute<Params>(async (_req, { user, params }) => {
  const image = await openImageThumbnail(user, params.id);
  return new Response(image.body, { headers: imageHeaders(image, { download: false }) });
});
