import { NotFoundState } from "@/components/common/not-found-state";

export default function AdminUserNotFound() {
  return <NotFoundState subject="user" />;
}
