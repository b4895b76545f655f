import { NotFoundState } from "@/components/common/not-found-state";

export default function EditConfigNotFound() {
  return <NotFoundState subject="ownConfig" />;
}
