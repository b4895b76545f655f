import { getTranslations } from "next-intl/server";
import { SkeletonGroup, ThreadSkeleton } from "@/components/common/page-skeletons";
import { TextSkeleton } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default async function ConversationLoading() {
  const t = await getTranslations("chat.thread");
  return (
    <ThreadSkeleton
      label={t("loading")}
      composer="h-[104px]"
      header={
        <SkeletonGroup
          className="flex h-12 shrink-0 items-center justify-between px-2 sm:px-4"
          bars={["h-7 w-40", "h-6 w-28 rounded-full"]}
        />
      }
    >
      <div className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-8 px-4 pt-4 sm:px-6">
        <Skeleton className="ml-auto h-10 w-2/3 rounded-3xl sm:w-1/2" />
        <TextSkeleton lines={["w-full", "w-11/12", "w-4/5"]} />
        <Skeleton className="ml-auto h-10 w-1/2 rounded-3xl sm:w-1/3" />
        <TextSkeleton lines={["w-full", "w-3/4"]} />
      </div>
    </ThreadSkeleton>
  );
}
