import type { Metadata } from "next";
import { ImageStudio } from "@/components/images/image-studio";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";
import { listImages } from "@/lib/images/list";
import { IMAGE_PAGE_SIZE } from "@/lib/images/shared/page-size";

export const metadata: Metadata = { title: "Images" };

export default async function ImagesPage() {
  const user = await requirePageUser();
  // The first page of the gallery comes with the HTML; filters and more pages fetch from the browser.
  const initial = await listImages(user, { limit: IMAGE_PAGE_SIZE });

  return (
    <PageLayout
      width="7xl"
      title="Images"
      description="Describe a picture and an image model draws it. Give it images to work from, and keep the results: only you can see them."
    >
      <ImageStudio initial={initial} />
    </PageLayout>
  );
}
