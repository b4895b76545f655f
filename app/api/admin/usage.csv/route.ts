import { usageCsv } from "@/lib/admin/usage-csv";
import { adminRoute } from "@/lib/http/route";

export const GET = adminRoute(
  async (req, { user }) => {
    const { filename, body } = await usageCsv(
      user,
      Object.fromEntries(new URL(req.url).searchParams),
    );
    return new Response(body, {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${filename}"`,
        "x-content-type-options": "nosniff",
        "cache-control": "no-store",
      },
    });
  },
  { limit: "export" },
);
