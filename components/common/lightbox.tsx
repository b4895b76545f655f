"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useRef } from "react";
import { Dialog, DialogContent } from "@/components/ui/dialog";
import { cn } from "@/lib/utils";

interface LightboxProps {
  open: boolean;
  onClose: () => void;
  /** Null at the first image. */
  onPrevious: (() => void) | null;
  /** Null at the last image. */
  onNext: (() => void) | null;
  /** The dialog's layout. */
  className?: string;
  children: ReactNode;
}

/**
 * An image at full size over the page, as the image studio and a chat's
 * attachments show theirs: ← and → move, Esc closes and gives focus back.
 */
export function Lightbox({
  open,
  onClose,
  onPrevious,
  onNext,
  className,
  children,
}: LightboxProps) {
  // Opened from an image rather than a dialog trigger, so Radix has nowhere
  // to give focus back to: remember what had it.
  const opener = useRef<HTMLElement | null>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const move =
      event.key === "ArrowLeft" ? onPrevious : event.key === "ArrowRight" ? onNext : null;
    if (!move) return;
    event.preventDefault();
    move();
  };
  return (
    <Dialog open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <DialogContent
        onKeyDown={onKeyDown}
        onOpenAutoFocus={() => {
          const focused = document.activeElement;
          opener.current = focused instanceof HTMLElement ? focused : null;
        }}
        onCloseAutoFocus={(event) => {
          event.preventDefault();
          opener.current?.focus();
        }}
        className={className}
      >
        {children}
      </DialogContent>
    </Dialog>
  );
}

interface LightboxStageProps {
  onPrevious: (() => void) | null;
  onNext: (() => void) | null;
  className?: string;
  /** The image. */
  children: ReactNode;
}

/** Where the image sits, with the previous and next buttons over its sides. */
export function LightboxStage({ onPrevious, onNext, className, children }: LightboxStageProps) {
  const t = useTranslations("common");
  return (
    <div className={cn("relative flex min-h-0 items-center justify-center", className)}>
      {children}
      <NavButton side="left" label={t("previousImage")} onClick={onPrevious} />
      <NavButton side="right" label={t("nextImage")} onClick={onNext} />
    </div>
  );
}

function NavButton(props: { side: "left" | "right"; label: string; onClick: (() => void) | null }) {
  if (!props.onClick) return null;
  const Icon = props.side === "left" ? ChevronLeft : ChevronRight;
  return (
    <button
      type="button"
      className={cn(
        "absolute top-1/2 flex h-10 w-10 -translate-y-1/2 items-center justify-center rounded-full bg-background/80 text-foreground shadow backdrop-blur-sm hover:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring",
        props.side === "left" ? "left-2 sm:left-3" : "right-2 sm:right-3",
      )}
      aria-label={props.label}
      onClick={props.onClick}
    >
      <Icon className="h-5 w-5" aria-hidden="true" />
    </button>
  );
}
