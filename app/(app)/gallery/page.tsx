import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Gallery } from "@/components/gallery/gallery";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";
import { browseGallery } from "@/lib/configs/gallery";
import { GALLERY_PAGE_SIZE } from "@/lib/configs/shared/page-size";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("gallery.page");
  return { title: t("title") };
}

export default async function GalleryPage() {
  const user = await requirePageUser();
  const t = await getTranslations("gallery.page");
  // The default view's first page comes with the HTML; filters fetch from the browser.
  const initial = await browseGallery(user, { limit: GALLERY_PAGE_SIZE });

  return (
    <PageLayout width="6xl" title={t("title")} description={t("description")}>
      <Gallery initial={initial} isAdmin={user.role === "admin"} />
    </PageLayout>
  );
}
