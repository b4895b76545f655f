import { Link2Off } from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

export default function SharedConversationNotFound() {
  return (
    <ErrorState
      icon={Link2Off}
      title="This link doesn't work"
      description="The conversation it shared may have been unshared or deleted, or the link has expired. Ask the person who sent it for a new one."
    />
  );
}
