import { ConfigListPageSkeleton } from "@/components/configs/page-skeleton";

export default function ConfigsLoading() {
  return <ConfigListPageSkeleton label="Loading your configs…" />;
}
