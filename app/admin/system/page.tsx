import type { Metadata } from "next";
import { CapacityWarning } from "@/components/admin/capacity-warning";
import { SystemView } from "@/components/admin/system/system-view";
import { PageHeader } from "@/components/common/page-header";
import { embeddedDbCapacity } from "@/lib/admin/capacity";
import { getSystemStatus } from "@/lib/admin/system";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "System · Admin" };

export default async function AdminSystemPage() {
  const actor = await requirePageAdmin();
  const [status, capacity] = await Promise.all([getSystemStatus(actor), embeddedDbCapacity(actor)]);
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 p-4 sm:p-6">
      <PageHeader
        title="System"
        description="Health of the database, the model provider and Redis, and this server's traffic over the last hour."
      />
      <CapacityWarning capacity={capacity} />
      <SystemView initial={status} />
    </div>
  );
}
