import { useTranslations } from "next-intl";
import { FormCardSkeleton, PageSkeleton } from "@/components/common/page-skeletons";
import { Skeleton } from "@/components/ui/skeleton";
import { ConfigGridSkeleton } from "./config-grid-skeleton";

/** A list page while it loads: its heading, then cards. */
export function ConfigListPageSkeleton({ label }: { label: string }) {
  return (
    <PageSkeleton width="6xl" heading={["w-40", "w-80"]}>
      <ConfigGridSkeleton label={label} />
    </PageSkeleton>
  );
}

/** The editor while its config loads: form cards beside the preview panel. */
export function ConfigEditorSkeleton() {
  const t = useTranslations("configs.editPage");
  return (
    <PageSkeleton width="6xl" label={t("loading")} heading={["w-56", "w-96"]}>
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(20rem,26rem)]">
        <div className="space-y-6">
          {[0, 1, 2].map((card) => (
            <FormCardSkeleton key={card} fields={["h-10 w-full", "h-20 w-full"]} />
          ))}
        </div>
        <Skeleton className="h-[32rem] rounded-xl" />
      </div>
    </PageSkeleton>
  );
}
