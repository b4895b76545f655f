import { route } from "@/lib/http/route";
import { templateContracts } from "@/lib/templates/contracts";
import { createTemplate } from "@/lib/templates/create";
import { listTemplates } from "@/lib/templates/list";

/** Every matching template at once (their number is capped), in the one list shape. */
export const GET = route(templateContracts.list, async ({ user, query }) => ({
  items: await listTemplates(user, query),
  nextCursor: null,
}));

export const POST = route(templateContracts.create, async ({ user, body, audit }) =>
  createTemplate(user, body, audit),
);
