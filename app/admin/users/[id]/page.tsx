import { ChevronLeft } from "lucide-react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/components/admin/page-metadata";
import { UserActions } from "@/components/admin/users/actions/user-actions";
import { UserModelsTable } from "@/components/admin/users/user-models-table";
import { UserProfileHeader } from "@/components/admin/users/user-profile-header";
import { UserUsage } from "@/components/admin/users/user-usage";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import { getUserDetail } from "@/lib/admin/user-detail";
import { requirePageAdmin } from "@/lib/auth/page";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

export function generateMetadata() {
  return adminMetadata("user");
}

async function loadUser(actor: SessionUser, id: string): Promise<AdminUserDetailDto> {
  try {
    return await getUserDetail(actor, id);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}

export default async function AdminUserPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requirePageAdmin();
  const user = await loadUser(actor, (await params).id);
  const t = await getTranslations("admin.user");

  return (
    <div className="mx-auto w-full max-w-6xl space-y-8 p-4 sm:p-6">
      <div className="space-y-4">
        <Link
          href="/admin/users"
          className="inline-flex items-center gap-1 rounded-md text-sm text-muted-foreground hover:text-foreground focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
        >
          <ChevronLeft className="h-4 w-4" aria-hidden="true" />
          {t("allUsers")}
        </Link>
        <UserProfileHeader user={user} isSelf={user.id === actor.id} />
        <UserActions user={user} />
      </div>
      <UserUsage user={user} />
      <UserModelsTable byModel={user.byModel} />
    </div>
  );
}
