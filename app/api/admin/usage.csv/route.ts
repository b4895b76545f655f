import { adminContracts } from "@/lib/admin/contracts";
import { usageCsv } from "@/lib/admin/usage-csv";
import { route } from "@/lib/http/route";

export const GET = route(adminContracts.usageCsv, async ({ user, query }) => {
  const { filename, body } = await usageCsv(user, query);
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${filename}"`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
    },
  });
});
