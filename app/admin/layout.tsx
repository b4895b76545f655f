import { NextIntlClientProvider } from "next-intl";
import type { ReactNode } from "react";
import { AdminNav } from "@/components/admin/admin-nav";
import { AppShell } from "@/components/layout/app-shell";
import { LiveEventsProvider } from "@/components/layout/live-events";
import { requirePageAdmin } from "@/lib/auth/page";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  const user = await requirePageAdmin();
  return (
    // Every message, the admin console's too, which the root layout leaves out.
    <NextIntlClientProvider>
      <LiveEventsProvider>
        <AppShell user={user}>
          <AdminNav />
          {children}
        </AppShell>
      </LiveEventsProvider>
    </NextIntlClientProvider>
  );
}
