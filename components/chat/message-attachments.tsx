"use client";

import { FileText } from "lucide-react";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { AttachmentLightbox } from "./attachment-lightbox";
import { useFileSize } from "./use-file-size";

const TILE =
  "block overflow-hidden rounded-xl border bg-background transition-opacity hover:opacity-90 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring";

/**
 * A sent message's files: images as thumbnails that open in a lightbox,
 * documents as named chips that open the file.
 */
export function MessageAttachments({ attachments }: { attachments: AttachmentDto[] }) {
  const t = useTranslations("chat.attachments");
  const fileSize = useFileSize();
  const [shown, setShown] = useState<number | null>(null);
  if (attachments.length === 0) return null;
  const images = attachments.filter((file) => file.kind === "image");

  return (
    <>
      <ul className="mb-2 flex flex-wrap justify-end gap-2" aria-label={t("list")}>
        {attachments.map((file) => (
          <li key={file.id || file.url}>
            {file.kind === "image" ? (
              <button
                type="button"
                className={TILE}
                title={file.name}
                aria-label={t("open", { name: file.name })}
                onClick={() => setShown(images.indexOf(file))}
              >
                {/* biome-ignore lint/performance/noImgElement: the user's own upload, served by the app with auth */}
                <img
                  src={file.url}
                  alt={file.name}
                  loading="lazy"
                  className="h-32 w-auto max-w-[14rem] object-cover"
                />
              </button>
            ) : (
              <a
                href={file.url}
                target="_blank"
                rel="noopener noreferrer"
                className={TILE}
                title={file.name}
              >
                <span className="flex h-14 max-w-[14rem] items-center gap-2 px-3">
                  <FileText className="h-5 w-5 shrink-0 text-muted-foreground" aria-hidden="true" />
                  <span className="min-w-0 text-left">
                    <span className="block truncate text-xs font-medium">{file.name}</span>
                    <span className="block text-xs text-muted-foreground">
                      {fileSize(file.size)}
                    </span>
                  </span>
                </span>
              </a>
            )}
          </li>
        ))}
      </ul>
      <AttachmentLightbox images={images} index={shown} onIndexChange={setShown} />
    </>
  );
}
