import { NotFoundState } from "@/components/common/not-found-state";

export default function ArenaSessionNotFound() {
  return <NotFoundState subject="comparison" />;
}
