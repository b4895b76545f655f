import { LayoutGrid, Plus, SlidersHorizontal } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";

export function MyConfigsEmpty() {
  return (
    <div className="flex flex-col items-center rounded-xl border border-dashed px-6 py-14 text-center">
      <SlidersHorizontal className="mb-3 h-6 w-6 text-muted-foreground" aria-hidden="true" />
      <h2 className="text-base font-semibold">No configs yet</h2>
      <p className="mt-1 max-w-md text-sm text-muted-foreground">
        A config remembers how you like to talk to a model: which model, a system prompt and its
        settings. Make your own, or save one that someone shared.
      </p>
      <div className="mt-5 flex flex-wrap justify-center gap-2">
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
      </div>
    </div>
  );
}
