"use client";

import { Button } from "@/components/ui/button";
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
} from "@/components/ui/dialog";
import type { ArenaSessionSummaryDto } from "@/lib/arena/dto";
import { useDeleteArenaSession } from "./use-session-mutations";

interface DeleteSessionDialogProps {
  session: ArenaSessionSummaryDto;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

export function DeleteSessionDialog({ session, open, onOpenChange }: DeleteSessionDialogProps) {
  const remove = useDeleteArenaSession();

  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent className="max-w-md">
        <DialogHeader>
          <DialogTitle>Delete this comparison?</DialogTitle>
          <DialogDescription>
            &ldquo;{session.title}&rdquo; and every answer in it will be deleted. This cannot be
            undone.
          </DialogDescription>
        </DialogHeader>
        <DialogFooter>
          <DialogClose asChild>
            <Button type="button" variant="outline">
              Cancel
            </Button>
          </DialogClose>
          <Button
            type="button"
            variant="destructive"
            onClick={() => {
              onOpenChange(false);
              remove.mutate(session.id);
            }}
          >
            Delete
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
