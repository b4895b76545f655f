import type { Metadata } from "next";
import { NewChat } from "@/components/chat/new-chat";
import { requirePageUser } from "@/lib/auth/page";

export const metadata: Metadata = { title: "New chat" };

export default async function ChatPage() {
  const user = await requirePageUser();
  const firstName = user.displayName.trim().split(/\s+/)[0] ?? "";
  return <NewChat firstName={firstName} />;
}
