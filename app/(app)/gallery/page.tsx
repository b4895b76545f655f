import type { Metadata } from "next";
import { Gallery } from "@/components/gallery/gallery";
import { requirePageUser } from "@/lib/auth/page";
import { browseGallery } from "@/lib/configs/gallery";
import { GALLERY_PAGE_SIZE } from "@/lib/configs/shared/page-size";

export const metadata: Metadata = { title: "Gallery" };

export default async function GalleryPage() {
  const user = await requirePageUser();
  // The default view's first page comes with the HTML; filters fetch from the browser.
  const initial = await browseGallery(user, { limit: GALLERY_PAGE_SIZE });

  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Gallery</h1>
        <p className="text-sm text-muted-foreground">
          Configs people here have shared, and templates to start from. Use one as it is, save it to
          My configs, or fork it to make it your own.
        </p>
      </div>
      <Gallery initial={initial} isAdmin={user.role === "admin"} />
    </div>
  );
}
