import { forkConfig } from "@/lib/configs/copy";
import { userRoute } from "@/lib/http/route";

type Params = { id: string };

export const POST = userRoute<Params>(async (_req, { user, params }) =>
  Response.json(await forkConfig(user, params.id), { status: 201 }),
);
