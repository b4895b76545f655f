"use client";

import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function AdminError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <ErrorState
      icon={TriangleAlert}
      title="This admin page couldn't load"
      description="Something went wrong on our side or the database did not answer. Try again in a moment."
      reference={error.digest}
      actions={
        <>
          <Button onClick={reset}>Retry</Button>
          <Button variant="outline" asChild>
            <Link href="/admin">Go to the dashboard</Link>
          </Button>
        </>
      }
    />
  );
}
