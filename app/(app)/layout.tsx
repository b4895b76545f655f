import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { LiveEventsProvider } from "@/components/layout/live-events";
import { requirePageUser } from "@/lib/auth/page";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <LiveEventsProvider>
      <AppShell user={user}>{children}</AppShell>
    </LiveEventsProvider>
  );
}
