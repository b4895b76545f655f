import { route } from "@/lib/http/route";
import { templateContracts } from "@/lib/templates/contracts";
import { deleteTemplate } from "@/lib/templates/delete";
import { getTemplate } from "@/lib/templates/get";
import { updateTemplate } from "@/lib/templates/update";

export const GET = route(templateContracts.get, async ({ user, params }) =>
  getTemplate(user, params.id),
);

export const PATCH = route(templateContracts.update, async ({ user, params, body, audit }) =>
  updateTemplate(user, params.id, body, audit),
);

export const DELETE = route(templateContracts.remove, async ({ user, params, audit }) => {
  await deleteTemplate(user, params.id, audit);
});
