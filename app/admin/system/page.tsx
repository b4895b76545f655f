import type { Metadata } from "next";
import { PageHeader } from "@/components/admin/page-header";
import { SystemView } from "@/components/admin/system/system-view";
import { getSystemStatus } from "@/lib/admin/system";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "System · Admin" };

export default async function AdminSystemPage() {
  const actor = await requirePageAdmin();
  const status = await getSystemStatus(actor);
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 p-4 sm:p-6">
      <PageHeader
        title="System"
        description="Health of the database, the model provider and Redis, and this server's traffic over the last hour."
      />
      <SystemView initial={status} />
    </div>
  );
}
