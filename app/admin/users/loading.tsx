import { getTranslations } from "next-intl/server";
import { AdminListSkeleton } from "@/components/admin/table-skeleton";
import { SkeletonGroup } from "@/components/common/page-skeletons";

export default async function AdminUsersLoading() {
  const t = await getTranslations("admin.users");
  return (
    <AdminListSkeleton
      label={t("loading")}
      filters={
        <SkeletonGroup
          className="grid grid-cols-2 gap-3 md:grid-cols-3 lg:grid-cols-[minmax(0,1fr)_10rem_10rem_12rem]"
          bars={[
            "col-span-2 h-10 md:col-span-3 lg:col-span-1",
            "h-10",
            "h-10",
            "h-10",
            "h-10 md:hidden",
          ]}
        />
      }
    />
  );
}
