import { SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function ConfigNotFound() {
  return (
    <ErrorState
      icon={SlidersHorizontal}
      title="Config not found"
      description="It may have been deleted, or it belongs to someone else. You can only edit your own configs; fork a shared one from the gallery to make it yours."
      actions={
        <>
          <Button asChild>
            <Link href="/configs">My configs</Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/gallery">Browse the gallery</Link>
          </Button>
        </>
      }
    />
  );
}
