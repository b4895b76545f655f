import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ConfigDetails } from "@/components/configs/config-details";
import { requirePageUser } from "@/lib/auth/page";
import { getConfig } from "@/lib/configs/get";
import { AppError } from "@/lib/errors";

interface PageProps {
  params: Promise<{ id: string }>;
}

const loadConfig = cache(async (id: string) => {
  const user = await requirePageUser();
  try {
    return { user, config: await getConfig(user, id) };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { config } = await loadConfig((await params).id);
  return { title: config.name };
}

export default async function ConfigPage({ params }: PageProps) {
  const { user, config } = await loadConfig((await params).id);
  return (
    <div className="mx-auto w-full max-w-3xl space-y-6 px-4 py-8 sm:px-6">
      <h1 className="sr-only">{config.name}</h1>
      <ConfigDetails config={config} isAdmin={user.role === "admin"} />
    </div>
  );
}
