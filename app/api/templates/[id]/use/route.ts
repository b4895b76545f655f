import { readJson } from "@/lib/http/body";
import { userRoute } from "@/lib/http/route";
import { useTemplate } from "@/lib/templates/use";

type Params = { id: string };

/** Fills the template with `{ values }` and answers `{ text }`; counts one use. */
export const POST = userRoute<Params>(async (req, { user, params }) =>
  Response.json(await useTemplate(user, params.id, await readJson(req))),
);
