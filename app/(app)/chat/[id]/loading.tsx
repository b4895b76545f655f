import { LoadingRegion } from "@/components/common/skeletons";
import { Skeleton } from "@/components/ui/skeleton";

export default function ConversationLoading() {
  return (
    <LoadingRegion
      className="flex h-[calc(100dvh-3.5rem)] flex-col"
      label="Loading the conversation…"
    >
      <div className="flex h-12 shrink-0 items-center justify-between px-2 sm:px-4">
        <Skeleton className="h-7 w-40" />
        <Skeleton className="h-6 w-28 rounded-full" />
      </div>
      <div className="mx-auto flex w-full max-w-3xl flex-1 flex-col gap-8 px-4 pt-4 sm:px-6">
        <Skeleton className="ml-auto h-10 w-2/3 rounded-3xl sm:w-1/2" />
        <div className="space-y-2.5">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-11/12" />
          <Skeleton className="h-4 w-4/5" />
        </div>
        <Skeleton className="ml-auto h-10 w-1/2 rounded-3xl sm:w-1/3" />
        <div className="space-y-2.5">
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-3/4" />
        </div>
      </div>
      <div className="mx-auto w-full max-w-3xl px-3 pb-4 sm:px-6">
        <Skeleton className="h-[104px] w-full rounded-3xl" />
      </div>
    </LoadingRegion>
  );
}
