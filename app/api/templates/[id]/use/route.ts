import { route } from "@/lib/http/route";
import { templateContracts } from "@/lib/templates/contracts";
import { useTemplate } from "@/lib/templates/use";

/** Fills the template with `{ values }` and answers `{ text }`; counts one use. */
export const POST = route(templateContracts.use, async ({ user, params, body }) =>
  useTemplate(user, params.id, body),
);
