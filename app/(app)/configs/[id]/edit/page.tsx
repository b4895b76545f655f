import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { ConfigEditor } from "@/components/configs/config-editor";
import { valuesFromConfig } from "@/components/configs/form-values";
import { PageLayout } from "@/components/layout/page-layout";
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
  const [{ config }, t] = await Promise.all([
    loadOwnConfig(id),
    getTranslations("configs.editPage"),
  ]);
  return { title: t("metaTitle", { name: config.name }) };
}

export default async function EditConfigPage({ params }: PageProps) {
  const { id } = await params;
  const [{ user, config }, t] = await Promise.all([
    loadOwnConfig(id),
    getTranslations("configs.editPage"),
  ]);
  return (
    <PageLayout
      width="6xl"
      title={t("title", { name: config.name })}
      description={t("description")}
    >
      <ConfigEditor
        key={config.id}
        initial={valuesFromConfig(config)}
        configId={config.id}
        isAdmin={user.role === "admin"}
      />
    </PageLayout>
  );
}
