import { UserX } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function AdminUserNotFound() {
  return (
    <ErrorState
      icon={UserX}
      title="User not found"
      description="The account may have been deleted, or the link is incomplete."
      actions={
        <Button asChild>
          <Link href="/admin/users">Back to users</Link>
        </Button>
      }
    />
  );
}
