import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { NewChat } from "@/components/chat/new-chat";
import { requirePageUser } from "@/lib/auth/page";
import { findConfigForChat } from "@/lib/configs/for-chat";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("chat.newChat");
  return { title: t("title") };
}

interface PageProps {
  searchParams: Promise<{ config?: string | string[] }>;
}

export default async function ChatPage({ searchParams }: PageProps) {
  const user = await requirePageUser();
  const { config: configId } = await searchParams;
  const firstName = user.displayName.trim().split(/\s+/)[0] ?? "";
  const config = typeof configId === "string" ? await findConfigForChat(user, configId) : null;
  return (
    <NewChat
      firstName={firstName}
      config={config}
      configUnavailable={typeof configId === "string" && config === null}
    />
  );
}
