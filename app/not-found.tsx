import { FileQuestion } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function NotFound() {
  return (
    <main className="flex min-h-dvh flex-col">
      <ErrorState
        icon={FileQuestion}
        title="Page not found"
        description="This page doesn't exist or was moved. Check the address, or head back to your chats."
        actions={
          <Button asChild>
            <Link href="/chat">Go to chat</Link>
          </Button>
        }
      />
    </main>
  );
}
