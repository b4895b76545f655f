import { userRoute } from "@/lib/http/route";
import { openImageFile } from "@/lib/images/file";
import { imageHeaders } from "@/lib/images/headers";
import { fileQuerySchema } from "@/lib/images/schemas";
import { parseInput } from "@/lib/validation";

type Params = { id: string };

/** The full image, inline; `?download=1` makes it an attachment. */
export const GET = userRoute<Params>(async (req, { user, params }) => {
  const query = Object.fromEntries(new URL(req.url).searchParams);
  const { download } = parseInput(fileQuerySchema, query);
  const image = await openImageFile(user, params.id);
  return new Response(image.body, {
    headers: imageHeaders(image, { download: download === "1" }),
  });
});
