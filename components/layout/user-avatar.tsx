"use client";

import { Avatar, AvatarFallback, AvatarImage } from "@/components/ui/avatar";
import { cn } from "@/lib/utils";

export function initials(name: string): string {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  const letters = parts.length > 1 ? [parts[0], parts[parts.length - 1]] : parts;
  return (
    letters
      .map((part) => part?.[0] ?? "")
      .join("")
      .toUpperCase() || "?"
  );
}

interface UserAvatarProps {
  name: string;
  src: string;
  className?: string;
}

/** Shows the picture when it loads and the person's initials otherwise (empty, broken or blocked). */
export function UserAvatar({ name, src, className }: UserAvatarProps) {
  return (
    <Avatar className={className}>
      {src ? <AvatarImage src={src} alt="" referrerPolicy="no-referrer" /> : null}
      <AvatarFallback className={cn("bg-brand/15 font-semibold text-brand")}>
        {initials(name)}
      </AvatarFallback>
    </Avatar>
  );
}
