import { FileQuestion } from "lucide-react";
import { NotFoundState } from "@/components/common/not-found-state";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col">
      <NotFoundState
        icon={FileQuestion}
        title="Page not found"
        description="This page doesn't exist or was moved. Check the address, or head back to your chats."
        exits={[{ href: "/chat", label: "Go to chat" }]}
      />
    </main>
  );
}
