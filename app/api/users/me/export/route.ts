import { selfServiceContracts } from "@/lib/account/contracts";
import { exportAccountData } from "@/lib/account/export-data";
import { route } from "@/lib/http/route";

export const GET = route(selfServiceContracts.exportData, async ({ user }) => {
  const day = new Date().toISOString().slice(0, 10);
  return new Response(await exportAccountData(user), {
    headers: {
      "content-type": "application/zip",
      "content-disposition": `attachment; filename="uni-chat-export-${day}.zip"`,
      "cache-control": "private, no-store",
    },
  });
});
