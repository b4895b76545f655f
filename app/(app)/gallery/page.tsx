import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { GALLERY_PAGE_SIZE } from "@/components/configs/api";
import { Gallery } from "@/components/gallery/gallery";
import { requirePageUser } from "@/lib/auth/page";
import { browseGallery } from "@/lib/configs/gallery";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  const user = await requirePageUser();
  // The default view's first page comes with the HTML; filters fetch from the browser.
  const initial = await browseGallery(user, { limit: GALLERY_PAGE_SIZE });

  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Gallery"
        description="Configs people here have shared, and templates to start from. Use one as it is, save it to My configs, or fork it to make it your own."
      />
      <Gallery initial={initial} isAdmin={user.role === "admin"} />
    </div>
  );
}
