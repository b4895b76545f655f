import { route } from "@/lib/http/route";
import { imageContracts } from "@/lib/images/contracts";
import { openImageFile } from "@/lib/images/file";
import { imageHeaders } from "@/lib/images/headers";

/** The full image, inline; `?download=1` makes it an attachment. */
export const GET = route(imageContracts.file, async ({ user, params, query }) => {
  const image = await openImageFile(user, params.id);
  return new Response(image.body, {
    headers: imageHeaders(image, { download: query.download === "1" }),
  });
});
