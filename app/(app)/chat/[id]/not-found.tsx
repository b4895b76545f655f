import { MessageSquareOff } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function ConversationNotFound() {
  return (
    <ErrorState
      icon={MessageSquareOff}
      title="Conversation not found"
      description="It may have been deleted, or the link points to someone else's conversation."
      actions={
        <Button asChild>
          <Link href="/chat">Start a new chat</Link>
        </Button>
      }
    />
  );
}
