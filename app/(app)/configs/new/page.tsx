import type { Metadata } from "next";
import { PageHeader } from "@/components/common/page-header";
import { ConfigEditor } from "@/components/configs/config-editor";
import { NEW_CONFIG } from "@/components/configs/form-values";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "New config" };

export default async function NewConfigPage() {
  const user = await requirePageUser();
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title="New config"
        description="Choose a model, tell it how to behave, and try it in the preview before you save."
      />
      <ConfigEditor initial={NEW_CONFIG} configId={null} isAdmin={user.role === "admin"} />
    </div>
  );
}
