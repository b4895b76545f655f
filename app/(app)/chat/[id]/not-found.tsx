import { MessageSquareOff } from "lucide-react";
import { NotFoundState } from "@/components/common/not-found-state";

export default function ConversationNotFound() {
  return (
    <NotFoundState
      icon={MessageSquareOff}
      title="Conversation not found"
      description="It may have been deleted, or the link points to someone else's conversation."
      exits={[{ href: "/chat", label: "Start a new chat" }]}
    />
  );
}
