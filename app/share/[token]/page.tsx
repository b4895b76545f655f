import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { SharedConversation } from "@/components/shares/shared-conversation";
import { AppError } from "@/lib/errors";
import { getSharedConversation } from "@/lib/shares/get-snapshot";

interface PageProps {
  params: Promise<{ token: string }>;
}

// Metadata and the page read the copy once per request; null when the link shows nothing.
const loadShared = cache(async (token: string) => {
  try {
    return await getSharedConversation(token);
  } catch (error) {
    if (error instanceof AppError && error.status === 404) return null;
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { token } = await params;
  const shared = await loadShared(token);
  if (shared) return { title: shared.title };
  const t = await getTranslations("shares.page");
  return { title: t("notFoundTitle") };
}

// The 404 is thrown here, not in the metadata, so the not-found page is rendered on the server.
export default async function SharedConversationPage({ params }: PageProps) {
  const { token } = await params;
  const shared = await loadShared(token);
  if (!shared) notFound();
  return <SharedConversation conversation={shared} />;
}
