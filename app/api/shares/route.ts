import { publicOrigin } from "@/lib/http/origin";
import { route } from "@/lib/http/route";
import { shareContracts } from "@/lib/shares/contracts";
import { listShareLinks } from "@/lib/shares/list";

export const GET = route(shareContracts.list, async ({ req, user, query }) =>
  listShareLinks(user, query, publicOrigin(req.headers)),
);
