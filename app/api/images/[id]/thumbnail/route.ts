import { route } from "@/lib/http/route";
import { imageContracts } from "@/lib/images/contracts";
import { openImageThumbnail } from "@/lib/images/file";
import { imageHeaders } from "@/lib/images/headers";

/** A small WebP of the image for grids. */
export const GET = route(imageContracts.thumbnail, async ({ user, params }) => {
  const image = await openImageThumbnail(user, params.id);
  return new Response(image.body, { headers: imageHeaders(image, { download: false }) });
});
