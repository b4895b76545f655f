"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function AppError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      icon={TriangleAlert}
      title="This page couldn't load"
      description="Something went wrong on our side or the connection dropped. Try again in a moment."
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
  );
}
