import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
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
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold tracking-tight">Edit &ldquo;{config.name}&rdquo;</h1>
        <p className="text-sm text-muted-foreground">
          Changes apply to new messages in chats that use this config. Try them in the preview
          first.
        </p>
      </div>
      <ConfigEditor
        key={config.id}
        initial={valuesFromConfig(config)}
        configId={config.id}
        isAdmin={user.role === "admin"}
      />
    </div>
  );
}
