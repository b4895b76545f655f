import { Folder } from "lucide-react";
import type { FolderColor } from "@/lib/folders/colors";
import { cn } from "@/lib/utils";

/** Fixed classes per colour name, so Tailwind keeps them and both themes read well. */
export const FOLDER_DOT: Record<FolderColor, string> = {
  gray: "bg-zinc-400",
  red: "bg-red-500",
  orange: "bg-orange-500",
  amber: "bg-amber-400",
  green: "bg-emerald-500",
  teal: "bg-teal-500",
  blue: "bg-blue-500",
  violet: "bg-violet-500",
  pink: "bg-pink-500",
};

function dotClass(color: string): string {
  return FOLDER_DOT[color as FolderColor] ?? FOLDER_DOT.gray;
}

/** A folder's colour dot and its emoji (or a plain folder when it has none). */
export function FolderBadge({
  color,
  icon,
  className,
}: {
  color: string;
  icon: string;
  className?: string;
}) {
  return (
    <span className={cn("flex shrink-0 items-center gap-1.5", className)} aria-hidden="true">
      <span className={cn("h-2 w-2 rounded-full", dotClass(color))} />
      {icon ? (
        <span className="w-4 text-center text-sm leading-none">{icon}</span>
      ) : (
        <Folder className="h-4 w-4 text-muted-foreground" />
      )}
    </span>
  );
}
