import { getTranslations } from "next-intl/server";
import { PageSkeleton, repeatBar, SkeletonGroup } from "@/components/common/page-skeletons";

export default async function AdminDashboardLoading() {
  const t = await getTranslations("admin.dashboard");
  return (
    <PageSkeleton width="6xl" inset="admin" label={t("loading")}>
      <SkeletonGroup
        className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5"
        bars={repeatBar("h-[5.5rem] rounded-xl", 10)}
      />
      <SkeletonGroup className="grid gap-4 lg:grid-cols-2" bars={repeatBar("h-80 rounded-xl", 4)} />
    </PageSkeleton>
  );
}
