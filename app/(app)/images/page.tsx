import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { IMAGE_PAGE_SIZE } from "@/components/images/api";
import { ImageStudio } from "@/components/images/image-studio";
import { requirePageUser } from "@/lib/auth/page";
import { listImages } from "@/lib/images/list";

export const metadata: Metadata = { title: "Images" };

export default async function ImagesPage() {
  const user = await requirePageUser();
  // The first page of the gallery comes with the HTML; filters and more pages fetch from the browser.
  const initial = await listImages(user, { limit: IMAGE_PAGE_SIZE });

  return (
    <div className="mx-auto w-full max-w-7xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Images"
        description="Describe a picture and an image model draws it. Give it images to work from, and keep the results: only you can see them."
      />
      <ImageStudio initial={initial} />
    </div>
  );
}
