import { unbanUser } from "@/lib/admin/user-actions";
import { clientAddress } from "@/lib/http/client-address";
import { adminRoute } from "@/lib/http/route";

export const POST = adminRoute<{ id: string }>(async (req, { user, params }) =>
  Response.json(await unbanUser(user, params.id, { ip: clientAddress(req.headers) })),
);
