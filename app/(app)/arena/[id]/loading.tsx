import { getTranslations } from "next-intl/server";
import { SkeletonGroup, ThreadSkeleton } from "@/components/common/page-skeletons";
import { TextSkeleton } from "@/components/common/skeletons";

export default async function ArenaSessionLoading() {
  const t = await getTranslations("arena");
  return (
    <ThreadSkeleton
      label={t("sessionLoading")}
      composer="h-12"
      header={
        <SkeletonGroup
          className="flex h-12 shrink-0 items-center gap-2 px-3"
          bars={["h-7 w-7 rounded-lg", "h-6 w-48"]}
        />
      }
    >
      <div className="flex min-h-0 flex-1 gap-3 px-3 pb-2">
        {["a", "b", "c"].map((key, index) => (
          <SkeletonGroup
            key={key}
            className={`min-w-0 flex-1 space-y-4 rounded-xl border p-4 ${index > 0 ? "hidden lg:block" : ""}`}
            bars={["h-6 w-32", "ml-auto h-9 w-2/3 rounded-2xl"]}
          >
            <TextSkeleton lines={["w-full", "w-11/12", "w-4/5"]} />
          </SkeletonGroup>
        ))}
      </div>
    </ThreadSkeleton>
  );
}
