import type { Metadata } from "next";
import { TemplateAdmin } from "@/components/admin/templates/template-admin";
import { PageHeader } from "@/components/common/page-header";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Prompt templates · Admin" };

export default async function AdminTemplatesPage() {
  await requirePageAdmin();
  return (
    <div className="mx-auto w-full max-w-5xl space-y-6 p-4 sm:p-6">
      <PageHeader
        title="Prompt templates"
        description="Ready-made prompts for everyone. Users find them on the Prompt templates page and by typing / in the message box."
      />
      <TemplateAdmin />
    </div>
  );
}
