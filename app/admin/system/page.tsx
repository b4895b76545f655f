import { getTranslations } from "next-intl/server";
import { CapacityWarning } from "@/components/admin/capacity-warning";
import { adminMetadata } from "@/components/admin/page-metadata";
import { SystemView } from "@/components/admin/system/system-view";
import { PageLayout } from "@/components/layout/page-layout";
import { embeddedDbCapacity } from "@/lib/admin/capacity";
import { getSystemStatus } from "@/lib/admin/system";
import { requirePageAdmin } from "@/lib/auth/page";

export function generateMetadata() {
  return adminMetadata("system");
}

export default async function AdminSystemPage() {
  const actor = await requirePageAdmin();
  const t = await getTranslations("admin.system");
  const [status, capacity] = await Promise.all([getSystemStatus(actor), embeddedDbCapacity(actor)]);
  return (
    <PageLayout width="6xl" inset="admin" title={t("title")} description={t("description")}>
      <CapacityWarning capacity={capacity} />
      <SystemView initial={status} />
    </PageLayout>
  );
}
