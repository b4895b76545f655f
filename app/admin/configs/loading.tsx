import { getTranslations } from "next-intl/server";
import { AdminListSkeleton } from "@/components/admin/table-skeleton";
import { repeatBar, SkeletonGroup } from "@/components/common/page-skeletons";

export default async function AdminConfigsLoading() {
  const t = await getTranslations("admin.configs");
  return (
    <AdminListSkeleton
      label={t("loading")}
      filters={
        <SkeletonGroup
          className="grid gap-3 sm:grid-cols-[minmax(0,1fr)_12rem]"
          bars={repeatBar("h-10", 2)}
        />
      }
    />
  );
}
