import { banUser } from "@/lib/admin/user-actions";
import { readJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import { adminRoute } from "@/lib/http/route";

export const POST = adminRoute<{ id: string }>(async (req, { user, params }) =>
  Response.json(
    await banUser(user, params.id, await readJson(req), { ip: clientAddress(req.headers) }),
  ),
);
