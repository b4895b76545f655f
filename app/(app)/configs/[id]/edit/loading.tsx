import { ConfigEditorSkeleton } from "@/components/configs/page-skeleton";

export default function EditConfigLoading() {
  return <ConfigEditorSkeleton />;
}
