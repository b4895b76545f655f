import { getTranslations } from "next-intl/server";
import { auditFilterQuery, parseAuditFilter } from "@/components/admin/audit/audit-filter";
import { AuditLog } from "@/components/admin/audit/audit-log";
import { adminMetadata } from "@/components/admin/page-metadata";
import type { SearchParams } from "@/components/common/search-params";
import { PageLayout } from "@/components/layout/page-layout";
import { listAudit } from "@/lib/admin/audit";
import { AUDIT_PAGE_SIZE } from "@/lib/admin/shared/page-size";
import { listUsers } from "@/lib/admin/users";
import { requirePageAdmin } from "@/lib/auth/page";

export function generateMetadata() {
  return adminMetadata("audit");
}

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageAdmin();
  const t = await getTranslations("admin.audit");
  const filter = parseAuditFilter(await searchParams);
  const [initial, admins] = await Promise.all([
    listAudit(actor, { ...auditFilterQuery(filter), limit: AUDIT_PAGE_SIZE }),
    listUsers(actor, { role: "admin", sort: "email", order: "asc", limit: 200 }),
  ]);

  return (
    <PageLayout width="6xl" inset="admin" title={t("title")} description={t("description")}>
      <AuditLog
        serverFilter={filter}
        initial={initial}
        admins={admins.items.map((admin) => ({
          id: admin.id,
          name: admin.displayName ? `${admin.displayName} (${admin.email})` : admin.email,
        }))}
      />
    </PageLayout>
  );
}
