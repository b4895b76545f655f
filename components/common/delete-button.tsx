import { Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";

interface DeleteButtonProps {
  /** Says what goes, for screen readers, when the visible text alone does not. */
  "aria-label"?: string;
  variant?: "ghost" | "outline";
  disabled?: boolean;
  /** Opens the confirmation; nothing is deleted before it. */
  onClick: () => void;
  children: string;
}

/** A button that starts a delete, in red so it is not mistaken for the others beside it. */
export function DeleteButton({ variant = "ghost", children, ...props }: DeleteButtonProps) {
  return (
    <Button
      type="button"
      variant={variant}
      size="sm"
      className="text-destructive hover:bg-destructive/10 hover:text-destructive"
      {...props}
    >
      <Trash2 aria-hidden="true" />
      {children}
    </Button>
  );
}
