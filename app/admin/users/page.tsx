import { getTranslations } from "next-intl/server";
import { adminMetadata } from "@/components/admin/page-metadata";
import { parseUserFilter, userFilterQuery } from "@/components/admin/users/user-filter";
import { UserTable } from "@/components/admin/users/user-table";
import type { SearchParams } from "@/components/common/search-params";
import { PageLayout } from "@/components/layout/page-layout";
import { USERS_PAGE_SIZE } from "@/lib/admin/shared/page-size";
import { listUsers } from "@/lib/admin/users";
import { requirePageAdmin } from "@/lib/auth/page";

export function generateMetadata() {
  return adminMetadata("users");
}

export default async function AdminUsersPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageAdmin();
  const t = await getTranslations("admin.users");
  const filter = parseUserFilter(await searchParams);
  // The first page comes with the HTML; searching and sorting fetch from the browser.
  const initial = await listUsers(actor, { ...userFilterQuery(filter), limit: USERS_PAGE_SIZE });

  return (
    <PageLayout width="6xl" inset="admin" title={t("title")} description={t("description")}>
      <UserTable initial={initial} serverFilter={filter} />
    </PageLayout>
  );
}
