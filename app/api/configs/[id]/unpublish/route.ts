import { adminUnpublishConfig } from "@/lib/configs/admin-unpublish";
import { configContracts } from "@/lib/configs/contracts";
import { route } from "@/lib/http/route";

export const POST = route(configContracts.unpublish, async ({ user, params, audit }) =>
  adminUnpublishConfig(user, params.id, audit),
);
