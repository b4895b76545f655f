import type { Metadata } from "next";
import Link from "next/link";
import { TemplateBrowser } from "@/components/templates/template-browser";
import { Button } from "@/components/ui/button";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Prompt templates" };

export default async function TemplatesPage() {
  const user = await requirePageUser();
  const isAdmin = user.role === "admin";

  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 px-4 py-8 sm:px-6">
      <div className="flex flex-wrap items-end justify-between gap-3">
        <div className="space-y-1">
          <h1 className="text-2xl font-semibold tracking-tight">Prompt templates</h1>
          <p className="text-sm text-muted-foreground">
            Ready-made prompts: fill in the blanks and send. Type / in the message box to find one
            while you chat.
          </p>
        </div>
        {isAdmin ? (
          <Button asChild variant="outline" size="sm">
            <Link href="/admin/templates">Manage templates</Link>
          </Button>
        ) : null}
      </div>
      <TemplateBrowser isAdmin={isAdmin} />
    </div>
  );
}
