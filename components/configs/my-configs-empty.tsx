import { LayoutGrid, Plus, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { EmptyState } from "@/components/common/empty-state";
import { Button } from "@/components/ui/button";

export function MyConfigsEmpty() {
  return (
    <EmptyState
      icon={SlidersHorizontal}
      title="No configs yet"
      titleAs="h2"
      action={
        <>
          <Button asChild>
            <Link href="/configs/new">
              <Plus aria-hidden="true" />
              Create a config
            </Link>
          </Button>
          <Button asChild variant="outline">
            <Link href="/gallery">
              <LayoutGrid aria-hidden="true" />
              Browse the gallery
            </Link>
          </Button>
        </>
      }
    >
      A config remembers how you like to talk to a model: which model, a system prompt and its
      settings. Make your own, or save one that someone shared.
    </EmptyState>
  );
}
