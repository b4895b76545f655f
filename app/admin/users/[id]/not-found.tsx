import { UserX } from "lucide-react";
import { NotFoundState } from "@/components/common/not-found-state";

export default function AdminUserNotFound() {
  return (
    <NotFoundState
      icon={UserX}
      title="User not found"
      description="The account may have been deleted, or the link is incomplete."
      exits={[{ href: "/admin/users", label: "Back to users" }]}
    />
  );
}
