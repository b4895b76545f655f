import { MessageSquareOff } from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

export default function ConversationNotFound() {
  return (
    <ErrorState
      icon={MessageSquareOff}
      title="Conversation not found"
      description="It may have been deleted, or the link points to someone else's conversation."
      links={[{ href: "/chat", label: "Start a new chat" }]}
    />
  );
}
