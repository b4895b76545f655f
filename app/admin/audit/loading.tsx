import { getTranslations } from "next-intl/server";
import { AdminListSkeleton } from "@/components/admin/table-skeleton";
import { SkeletonGroup } from "@/components/common/page-skeletons";

export default async function AdminAuditLoading() {
  const t = await getTranslations("admin.audit");
  return (
    <AdminListSkeleton
      label={t("loading")}
      filters={
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-[12rem_14rem_minmax(0,1fr)_9.5rem_9.5rem_auto]">
          {["admin", "action", "target", "from", "to"].map((key) => (
            <SkeletonGroup key={key} bars={["h-3.5 w-16", "h-10"]} />
          ))}
        </div>
      }
    />
  );
}
