import { FileText } from "lucide-react";
import { formatBytes } from "@/lib/chat/client/files";
import type { AttachmentDto } from "@/lib/conversations/dto";

/** A sent message's files: images as thumbnails, documents as named chips; each opens the file. */
export function MessageAttachments({ attachments }: { attachments: AttachmentDto[] }) {
  if (attachments.length === 0) return null;
  return (
    <ul className="mb-2 flex flex-wrap justify-end gap-2" aria-label="Attached files">
      {attachments.map((file) => (
        <li key={file.id || file.url}>
          <a
            href={file.url}
            target="_blank"
            rel="noopener noreferrer"
            className="block overflow-hidden rounded-xl border bg-background transition-opacity hover:opacity-90 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-ring"
            title={file.name}
          >
            {file.kind === "image" ? (
              // biome-ignore lint/performance/noImgElement: the user's own upload, served by the app with auth
              <img
                src={file.url}
                alt={file.name}
                loading="lazy"
                className="h-32 w-auto max-w-[14rem] object-cover"
              />
            ) : (
              <span className="flex h-14 max-w-[14rem] items-center gap-2 px-3">
                <FileText className="h-5 w-5 shrink-0 text-muted-foreground" aria-hidden="true" />
                <span className="min-w-0 text-left">
                  <span className="block truncate text-xs font-medium">{file.name}</span>
                  <span className="block text-xs text-muted-foreground">
                    {formatBytes(file.size)}
                  </span>
                </span>
              </span>
            )}
          </a>
        </li>
      ))}
    </ul>
  );
}
