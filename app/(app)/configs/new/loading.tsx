import { ConfigEditorSkeleton } from "@/components/configs/page-skeleton";

export default function NewConfigLoading() {
  return <ConfigEditorSkeleton />;
}
