import { saveConfig, unsaveConfig } from "@/lib/configs/save";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const POST = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await saveConfig(user, params.id)),
);

export const DELETE = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await unsaveConfig(user, params.id)),
);
