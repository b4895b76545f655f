import type { Metadata } from "next";
import { TemplateAdmin } from "@/components/admin/templates/template-admin";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageAdmin } from "@/lib/auth/page";

export const metadata: Metadata = { title: "Prompt templates · Admin" };

export default async function AdminTemplatesPage() {
  await requirePageAdmin();
  return (
    <PageLayout
      width="5xl"
      inset="admin"
      title="Prompt templates"
      description="Ready-made prompts for everyone. Users find them on the Prompt templates page and by typing / in the message box."
    >
      <TemplateAdmin />
    </PageLayout>
  );
}
