"use client";

import { BookmarkMinus } from "lucide-react";
import { unsaveConfigAction } from "@/app/(app)/configs/actions";
import { Button } from "@/components/ui/button";
import { useConfigAction } from "./data";

/** Takes a saved config off the user's list; `name` is null for one no longer available. */
export function UnsaveButton({ id, name }: { id: string; name: string | null }) {
  const action = useConfigAction();
  const what = name === null ? "the unavailable config" : `"${name}"`;
  return (
    <Button
      type="button"
      variant="outline"
      size="sm"
      disabled={action.isPending}
      aria-label={`Unsave ${what}`}
      onClick={() =>
        action.mutate({
          call: () => unsaveConfigAction(id),
          success:
            name === null
              ? "Removed from your saved configs."
              : `"${name}" removed from your saved configs.`,
          failure: "Could not unsave the config.",
        })
      }
    >
      <BookmarkMinus aria-hidden="true" />
      Unsave
    </Button>
  );
}
