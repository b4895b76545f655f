"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function RootError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="flex min-h-dvh flex-col">
      <ErrorState
        icon={TriangleAlert}
        title="Something went wrong"
        description="The page hit an unexpected problem. Try again; if it keeps happening, tell your administrator."
        reference={error.digest}
        actions={
          <>
            <Button onClick={reset}>Retry</Button>
            <Button variant="outline" asChild>
              <Link href="/chat">Go to chat</Link>
            </Button>
          </>
        }
      />
    </main>
  );
}
