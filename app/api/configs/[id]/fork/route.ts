import { configContracts } from "@/lib/configs/contracts";
import { forkConfig } from "@/lib/configs/copy";
import { route } from "@/lib/http/route";

export const POST = route(configContracts.fork, async ({ user, params }) =>
  forkConfig(user, params.id),
);
