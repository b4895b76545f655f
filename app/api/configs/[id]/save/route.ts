import { configContracts } from "@/lib/configs/contracts";
import { saveConfig, unsaveConfig } from "@/lib/configs/save";
import { route } from "@/lib/http/route";

export const POST = route(configContracts.save, async ({ user, params }) =>
  saveConfig(user, params.id),
);

export const DELETE = route(configContracts.unsave, async ({ user, params }) =>
  unsaveConfig(user, params.id),
);
