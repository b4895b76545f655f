import { getTranslations } from "next-intl/server";
import { PageSkeleton, repeatBar, SkeletonGroup } from "@/components/common/page-skeletons";
import { ImageGridSkeleton } from "@/components/images/image-grid-skeleton";
import { Skeleton } from "@/components/ui/skeleton";

export default async function ImagesLoading() {
  const t = await getTranslations("images.gallery");
  return (
    <PageSkeleton width="7xl" heading={["w-32", "w-96"]}>
      <div className="grid items-start gap-6 lg:grid-cols-[24rem_minmax(0,1fr)]">
        <div className="space-y-5 rounded-xl border p-4 sm:p-5">
          <Skeleton className="h-24 w-full" />
          <Skeleton className="h-10 w-full" />
          <SkeletonGroup className="grid grid-cols-4 gap-1.5" bars={repeatBar("h-14", 8)} />
          <Skeleton className="h-9 w-full" />
        </div>
        <SkeletonGroup className="space-y-4" bars={["h-6 w-32", "h-10 w-full"]}>
          <ImageGridSkeleton label={t("loading")} />
        </SkeletonGroup>
      </div>
    </PageSkeleton>
  );
}
