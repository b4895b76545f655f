import { route } from "@/lib/http/route";
import { templateContracts } from "@/lib/templates/contracts";
import { listCategories } from "@/lib/templates/list";

export const GET = route(templateContracts.categories, async ({ user, query }) => ({
  items: await listCategories(user, query),
}));
