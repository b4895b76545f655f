import { FileQuestion } from "lucide-react";
import { ErrorState } from "@/components/layout/error-state";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col">
      <ErrorState
        icon={FileQuestion}
        title="Page not found"
        description="This page doesn't exist or was moved. Check the address, or head back to your chats."
        links={[{ href: "/chat", label: "Go to chat" }]}
      />
    </main>
  );
}
