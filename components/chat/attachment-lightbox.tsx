"use client";

import { ChevronLeft, ChevronRight, Download } from "lucide-react";
import type { KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogTitle } from "@/components/ui/dialog";
import { formatBytes } from "@/lib/chat/client/files";
import type { AttachmentDto } from "@/lib/conversations/dto";

interface AttachmentLightboxProps {
  images: AttachmentDto[];
  /** The image on show, or null when closed. */
  index: number | null;
  onIndexChange: (index: number | null) => void;
}

const NAV_BUTTON =
  "absolute top-1/2 flex h-10 w-10 -translate-y-1/2 items-center justify-center rounded-full bg-background/80 text-foreground shadow backdrop-blur-sm hover:bg-background focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

function NavButton(props: { side: "left" | "right"; label: string; onClick: (() => void) | null }) {
  if (!props.onClick) return null;
  const Icon = props.side === "left" ? ChevronLeft : ChevronRight;
  return (
    <button
      type="button"
      className={`${NAV_BUTTON} ${props.side === "left" ? "left-2" : "right-2"}`}
      aria-label={props.label}
      onClick={props.onClick}
    >
      <Icon className="h-5 w-5" aria-hidden="true" />
    </button>
  );
}

/** A message's images at full size, as the image studio shows its own; ← and → move, Esc closes. */
export function AttachmentLightbox({ images, index, onIndexChange }: AttachmentLightboxProps) {
  const image = index === null ? undefined : images[index];
  const previous = index !== null && index > 0 ? () => onIndexChange(index - 1) : null;
  const next = index !== null && index < images.length - 1 ? () => onIndexChange(index + 1) : null;
  const onKeyDown = (event: KeyboardEvent) => {
    const move = event.key === "ArrowLeft" ? previous : event.key === "ArrowRight" ? next : null;
    if (!move) return;
    event.preventDefault();
    move();
  };

  return (
    <Dialog open={image !== undefined} onOpenChange={(open) => (open ? null : onIndexChange(null))}>
      <DialogContent onKeyDown={onKeyDown} className="max-w-5xl gap-3 p-3 sm:p-4">
        {image ? (
          <>
            <DialogTitle className="truncate pr-8 text-sm font-medium">{image.name}</DialogTitle>
            <DialogDescription className="sr-only">
              Image {(index ?? 0) + 1} of {images.length} attached to this message.
            </DialogDescription>
            <div className="relative flex min-h-0 items-center justify-center rounded-lg bg-muted/40">
              {/* biome-ignore lint/performance/noImgElement: the user's own upload, served by the app with auth */}
              <img
                src={image.url}
                alt={image.name}
                className="max-h-[75dvh] w-auto max-w-full object-contain"
              />
              <NavButton side="left" label="Previous image" onClick={previous} />
              <NavButton side="right" label="Next image" onClick={next} />
            </div>
            <div className="flex items-center justify-between gap-3 text-xs text-muted-foreground">
              <span>
                {images.length > 1 ? `${(index ?? 0) + 1} of ${images.length} · ` : ""}
                {formatBytes(image.size)}
              </span>
              <Button asChild variant="outline" size="sm">
                <a href={image.url} download={image.name}>
                  <Download aria-hidden="true" />
                  Download
                </a>
              </Button>
            </div>
          </>
        ) : null}
      </DialogContent>
    </Dialog>
  );
}
