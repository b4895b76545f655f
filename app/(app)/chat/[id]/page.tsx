import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { ChatThread } from "@/components/chat/chat-thread";
import { requirePageUser } from "@/lib/auth/page";
import { findConfigForChat } from "@/lib/configs/for-chat";
import { getConversation } from "@/lib/conversations/get";
import { AppError } from "@/lib/errors";

interface PageProps {
  params: Promise<{ id: string }>;
}

// Metadata and the page read the conversation once per request.
const loadConversation = cache(async (id: string) => {
  const user = await requirePageUser();
  try {
    return { user, ...(await getConversation(user, id)) };
  } catch (error) {
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: PageProps): Promise<Metadata> {
  const { id } = await params;
  const { conversation } = await loadConversation(id);
  return { title: conversation.title };
}

export default async function ConversationPage({ params }: PageProps) {
  const { id } = await params;
  const { user, ...data } = await loadConversation(id);
  const configId = data.conversation.configId;
  const config = configId ? await findConfigForChat(user, configId) : null;
  // Keyed by id: another conversation starts from a fresh thread state.
  return (
    <ChatThread
      key={id}
      initial={data}
      config={config}
      configMissing={configId !== null && config === null}
    />
  );
}
