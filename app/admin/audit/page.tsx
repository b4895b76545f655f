import type { Metadata } from "next";
import { auditFilterQuery, parseAuditFilter } from "@/components/admin/audit/audit-filter";
import { AuditLog } from "@/components/admin/audit/audit-log";
import type { SearchParams } from "@/components/common/search-params";
import { PageLayout } from "@/components/layout/page-layout";
import { listAudit } from "@/lib/admin/audit";
import { AUDIT_PAGE_SIZE } from "@/lib/admin/shared/page-size";
import { listUsers } from "@/lib/admin/users";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Audit log · Admin" };

export default async function AdminAuditPage({
  searchParams,
}: {
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requirePageAdmin();
  const filter = parseAuditFilter(await searchParams);
  const [initial, admins] = await Promise.all([
    listAudit(actor, { ...auditFilterQuery(filter), limit: AUDIT_PAGE_SIZE }),
    listUsers(actor, { role: "admin", sort: "email", order: "asc", limit: 200 }),
  ]);

  return (
    <PageLayout
      width="6xl"
      inset="admin"
      title="Audit log"
      description="Every admin action: who did what to which account, config or template, the values before and after, from where. Entries cannot be changed or deleted."
    >
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
