import type { Metadata } from "next";
import Link from "next/link";
import { PageLayout } from "@/components/layout/page-layout";
import { TemplateBrowser } from "@/components/templates/template-browser";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Prompt templates" };

export default async function TemplatesPage() {
  const user = await requirePageUser();
  const isAdmin = user.role === "admin";

  return (
    <PageLayout
      width="5xl"
      title="Prompt templates"
      description="Ready-made prompts: fill in the blanks and send. Type / in the message box to find one while you chat."
      actions={
        isAdmin ? (
          <Button asChild variant="outline" size="sm">
            <Link href="/admin/templates">Manage templates</Link>
          </Button>
        ) : null
      }
    >
      <TemplateBrowser isAdmin={isAdmin} />
    </PageLayout>
  );
}
