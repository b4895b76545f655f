import { configContracts } from "@/lib/configs/contracts";
import { duplicateConfig } from "@/lib/configs/copy";
import { route } from "@/lib/http/route";

export const POST = route(configContracts.duplicate, async ({ user, params }) =>
  duplicateConfig(user, params.id),
);
