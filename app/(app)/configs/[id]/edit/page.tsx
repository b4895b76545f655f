import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { PageHeader } from "@/components/common/page-header";
import { ConfigEditor } from "@/components/configs/config-editor";
import { valuesFromConfig } from "@/components/configs/form-values";
import { requirePageUser } from "@/lib/auth/page";
import { getConfig } from "@/lib/configs/get";
import { AppError } from "@/lib/errors";

interface PageProps {
  params: Promise<{ id: string }>;
}

// Only the owner edits: a config someone else shared is as absent here as a private one.
const loadOwnConfig = cache(async (id: string) => {
  const user = await requirePageUser();
  try {
    const config = await getConfig(user, id);
    if (!config.isOwn) notFound();
    return { user, config };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const { config } = await loadOwnConfig(id);
  return { title: `Edit ${config.name}` };
}

export default async function EditConfigPage({ params }: PageProps) {
  const { id } = await params;
  const { user, config } = await loadOwnConfig(id);
  return (
    <div className="mx-auto w-full max-w-6xl space-y-6 px-4 py-8 sm:px-6">
      <PageHeader
        title={`Edit “${config.name}”`}
        description="Changes apply to new messages in chats that use this config. Try them in the preview first."
      />
      <ConfigEditor
        key={config.id}
        initial={valuesFromConfig(config)}
        configId={config.id}
        isAdmin={user.role === "admin"}
      />
    </div>
  );
}
