import { getTranslations } from "next-intl/server";
import { repeatBar, SkeletonGroup } from "@/components/common/page-skeletons";
import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default async function AdminUserLoading() {
  const t = await getTranslations("admin.user");
  return (
    <LoadingRegion label={t("loading")} className="mx-auto w-full max-w-6xl space-y-8 p-4 sm:p-6">
      <div className="space-y-4">
        <Skeleton className="h-4 w-20" />
        <div className="flex items-start gap-4">
          <Skeleton className="h-14 w-14 rounded-full" />
          <SkeletonGroup
            className="flex-1 space-y-2"
            bars={["h-7 w-56 max-w-full", "h-4 w-64 max-w-full", "h-3 w-48"]}
          />
        </div>
        <SkeletonGroup
          className="flex flex-wrap gap-2"
          bars={["w-20", "w-32", "w-24", "w-28", "w-48", "w-36"].map((width) => `h-8 ${width}`)}
        />
      </div>
      <SkeletonGroup
        className="grid grid-cols-2 gap-3 lg:grid-cols-3"
        bars={repeatBar("h-[6.5rem] rounded-xl", 6)}
      />
      <Skeleton className="h-48 rounded-xl" />
    </LoadingRegion>
  );
}
