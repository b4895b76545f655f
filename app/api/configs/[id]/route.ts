import { configContracts } from "@/lib/configs/contracts";
import { deleteConfig } from "@/lib/configs/delete";
import { getConfig } from "@/lib/configs/get";
import { updateConfig } from "@/lib/configs/update";
import { route } from "@/lib/http/route";

export const GET = route(configContracts.get, async ({ user, params }) =>
  getConfig(user, params.id),
);

export const PATCH = route(configContracts.update, async ({ user, params, body }) =>
  updateConfig(user, params.id, body),
);

export const DELETE = route(configContracts.remove, async ({ user, params }) => {
  await deleteConfig(user, params.id);
});
