import { SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function ConfigNotFound() {
  return (
    <ErrorState
      icon={SlidersHorizontal}
      title="Config not found"
      description="It may have been deleted, or its author no longer shares it."
      actions={
        <>
          <Button asChild>
            <Link href="/gallery">Browse the gallery</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/configs">My configs</Link>
          </Button>
        </>
      }
    />
  );
}
