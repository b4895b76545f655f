import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ImageStudio } from "@/components/images/image-studio";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";
import { listImages } from "@/lib/images/list";
import { IMAGE_PAGE_SIZE } from "@/lib/images/shared/page-size";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("images.page");
  return { title: t("title") };
}

export default async function ImagesPage() {
  const user = await requirePageUser();
  // The first page of the gallery comes with the HTML; filters and more pages fetch from the browser.
  const initial = await listImages(user, { limit: IMAGE_PAGE_SIZE });
  const t = await getTranslations("images.page");

  return (
    <PageLayout width="7xl" title={t("title")} description={t("description")}>
      <ImageStudio initial={initial} />
    </PageLayout>
  );
}
