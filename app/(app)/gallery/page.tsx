import type { Metadata } from "next";
import { Gallery } from "@/components/gallery/gallery";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";
import { browseGallery } from "@/lib/configs/gallery";
import { GALLERY_PAGE_SIZE } from "@/lib/configs/shared/page-size";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  const user = await requirePageUser();
  // The default view's first page comes with the HTML; filters fetch from the browser.
  const initial = await browseGallery(user, { limit: GALLERY_PAGE_SIZE });

  return (
    <PageLayout
      width="6xl"
      title="Gallery"
      description="Configs people here have shared, and templates to start from. Use one as it is, save it to My configs, or fork it to make it your own."
    >
      <Gallery initial={initial} isAdmin={user.role === "admin"} />
    </PageLayout>
  );
}
