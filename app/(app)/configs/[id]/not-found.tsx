import { NotFoundState } from "@/components/common/not-found-state";

export default function ConfigNotFound() {
  return <NotFoundState subject="config" />;
}
