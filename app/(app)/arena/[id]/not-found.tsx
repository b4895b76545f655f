import { Swords } from "lucide-react";
import Link from "next/link";
import { ErrorState } from "@/components/layout/error-state";
import { Button } from "@/components/ui/button";

export default function ArenaSessionNotFound() {
  return (
    <ErrorState
      icon={Swords}
      title="Comparison not found"
      description="It may have been deleted, or the link points to someone else's comparison."
      actions={
        <Button asChild>
          <Link href="/arena">Go to the arena</Link>
        </Button>
      }
    />
  );
}
