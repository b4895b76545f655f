import type { Metadata } from "next";
import { ConfigEditor } from "@/components/configs/config-editor";
import { NEW_CONFIG } from "@/components/configs/form-values";
import { PageLayout } from "@/components/layout/page-layout";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "New config" };

export default async function NewConfigPage() {
  const user = await requirePageUser();
  return (
    <PageLayout
      width="6xl"
      title="New config"
      description="Choose a model, tell it how to behave, and try it in the preview before you save."
    >
      <ConfigEditor initial={NEW_CONFIG} configId={null} isAdmin={user.role === "admin"} />
    </PageLayout>
  );
}
