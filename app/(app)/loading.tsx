import { getTranslations } from "next-intl/server";
import { FormCardSkeleton, PageSkeleton } from "@/components/common/page-skeletons";

export default async function AppLoading() {
  const t = await getTranslations("common");
  return (
    <PageSkeleton width="3xl" label={t("loading")} heading={["w-48", "w-72"]}>
      {[0, 1].map((i) => (
        <FormCardSkeleton key={i} fields={["h-10 w-full", "h-10 w-full", "h-9 w-24"]} />
      ))}
    </PageSkeleton>
  );
}
