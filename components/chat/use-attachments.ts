"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import type { QueuedUpload, UploadQueueOptions } from "@/components/uploads/use-upload-queue";
import { useUploadQueue } from "@/components/uploads/use-upload-queue";
import { fileProblem, isImageFile } from "@/lib/chat/client/files";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { MAX_FILES_PER_MESSAGE } from "@/lib/files/limits";

export interface PendingAttachment extends QueuedUpload {
  size: number;
  isImage: boolean;
  /** The stored file, once uploaded. */
  attachment: AttachmentDto | null;
}

/** Files attached to the draft: each uploads at once, and a chip shows how it went. */
export function useAttachments() {
  const t = useTranslations("chat.attachments");
  const queue = useMemo<UploadQueueOptions<PendingAttachment>>(
    () => ({
      limit: MAX_FILES_PER_MESSAGE,
      tooMany: t("tooMany", { count: MAX_FILES_PER_MESSAGE }),
      problem: (file) => fileProblem(file, t),
      fromFile: (file, base) => ({
        ...base,
        size: file.size,
        isImage: isImageFile(file),
        attachment: null,
      }),
      stored: (item, attachment) => ({ ...item, attachment }),
    }),
    [t],
  );
  const { items, add, append, remove, removeWhere, uploading } = useUploadQueue(queue);

  /** After sending: the files now belong to the message. */
  const clear = useCallback(() => removeWhere(() => true), [removeWhere]);

  /** Puts already-stored files back on the draft (a send that failed). */
  const restore = useCallback(
    (attachments: readonly AttachmentDto[]) =>
      append(
        attachments.map((attachment) => ({
          name: attachment.name,
          size: attachment.size,
          isImage: attachment.kind === "image",
          previewUrl: attachment.kind === "image" ? attachment.url : null,
          attachment,
        })),
      ),
    [append],
  );

  const ready = items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  return { items, add, remove, clear, restore, uploading, ready };
}
