import { configContracts } from "@/lib/configs/contracts";
import { createConfig } from "@/lib/configs/create";
import { listMyConfigs } from "@/lib/configs/list";
import { route } from "@/lib/http/route";

/** The caller's own configs and the ones they saved. */
export const GET = route(configContracts.list, async ({ user }) => ({
  items: await listMyConfigs(user),
}));

export const POST = route(configContracts.create, async ({ user, body }) =>
  createConfig(user, body),
);
