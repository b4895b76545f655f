import { adminUnpublishConfig } from "@/lib/configs/admin-unpublish";
import { clientAddress } from "@/lib/http/client-address";
import { adminRoute } from "@/lib/http/route";

type Params = { id: string };

export const POST = adminRoute<Params>(async (req, { user, params }) =>
  Response.json(await adminUnpublishConfig(user, params.id, { ip: clientAddress(req.headers) })),
);
