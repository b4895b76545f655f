import { ConfigListPageSkeleton } from "@/components/configs/page-skeleton";

export default function GalleryLoading() {
  return <ConfigListPageSkeleton label="Loading the gallery…" />;
}
