import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { LiveEventsProvider } from "@/components/layout/live-events";
import { SharingProvider } from "@/components/shares/sharing-context";
import { requirePageUser } from "@/lib/auth/page";
import { sharingAllowed } from "@/lib/shares/allowed";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser();
  return (
    <LiveEventsProvider>
      <SharingProvider allowed={sharingAllowed()}>
        <AppShell user={user}>{children}</AppShell>
      </SharingProvider>
    </LiveEventsProvider>
  );
}
