import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/common/page-header";
import { TemplateBrowser } from "@/components/templates/template-browser";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Prompt templates" };

export default async function TemplatesPage() {
  const user = await requirePageUser();
  const isAdmin = user.role === "admin";

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="Prompt templates"
        description="Ready-made prompts: fill in the blanks and send. Type / in the message box to find one while you chat."
        actions={
          isAdmin ? (
            <Button asChild variant="outline" size="sm">
              <Link href="/admin/templates">Manage templates</Link>
            </Button>
          ) : null
        }
      />
      <TemplateBrowser isAdmin={isAdmin} />
    </div>
  );
}
