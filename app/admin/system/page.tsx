import type { Metadata } from "next";
import { CapacityWarning } from "@/components/admin/capacity-warning";
import { SystemView } from "@/components/admin/system/system-view";
import { PageLayout } from "@/components/layout/page-layout";
import { embeddedDbCapacity } from "@/lib/admin/capacity";
import { getSystemStatus } from "@/lib/admin/system";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "System · Admin" };

export default async function AdminSystemPage() {
  const actor = await requirePageAdmin();
  const [status, capacity] = await Promise.all([getSystemStatus(actor), embeddedDbCapacity(actor)]);
  return (
    <PageLayout
      width="6xl"
      inset="admin"
      title="System"
      description="Health of the database, the model provider and Redis, and this server's traffic over the last hour."
    >
      <CapacityWarning capacity={capacity} />
      <SystemView initial={status} />
    </PageLayout>
  );
}
