import { getTranslations } from "next-intl/server";
import { ConfigListPageSkeleton } from "@/components/configs/page-skeleton";

export default async function GalleryLoading() {
  const t = await getTranslations("gallery.page");
  return <ConfigListPageSkeleton label={t("loading")} />;
}
