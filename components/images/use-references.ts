"use client";

import { useTranslations } from "next-intl";
import { useCallback, useMemo } from "react";
import { toast } from "@/components/common/toast";
import type { QueuedUpload, UploadQueueOptions } from "@/components/uploads/use-upload-queue";
import { useUploadQueue } from "@/components/uploads/use-upload-queue";
import { isImageFile } from "@/lib/chat/client/files";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";
import type { ImageDto } from "@/lib/images/dto";
import { MAX_REFERENCES } from "@/lib/images/options";
import type { ReferenceInput } from "@/lib/images/schemas";

export interface ReferenceItem extends QueuedUpload {
  source: ReferenceInput["source"];
  /** The server's id: at once for a generated image, after the upload for a file. */
  id: string | null;
}

/** The images a generation works from: uploads (each sent at once) and the user's own images. */
export function useReferences() {
  const t = useTranslations("images.references");
  const tooMany = t("tooMany", { max: MAX_REFERENCES });
  // The same options for as long as the language stays: the queue's callbacks depend on them.
  const queue = useMemo<UploadQueueOptions<ReferenceItem>>(
    () => ({
      limit: MAX_REFERENCES,
      tooMany,
      problem: (file) => {
        if (!isImageFile(file)) return t("wrongType", { name: file.name });
        if (file.size === 0) return t("emptyFile", { name: file.name });
        if (file.size > MAX_UPLOAD_BYTES) {
          return t("tooLarge", { name: file.name, megabytes: MAX_UPLOAD_BYTES / (1024 * 1024) });
        }
        return null;
      },
      fromFile: (_file, base) => ({ ...base, source: "file", id: null }),
      stored: (item, file) => ({ ...item, id: file.id }),
    }),
    [t, tooMany],
  );
  const { items, add, append, remove, removeWhere, uploading, failed } = useUploadQueue(queue);

  const addImage = useCallback(
    (image: ImageDto) => {
      if (items.some((item) => item.source === "image" && item.id === image.id)) {
        toast(t("already"));
        return;
      }
      if (items.length >= MAX_REFERENCES) {
        toast.error(tooMany);
        return;
      }
      append([
        { source: "image", id: image.id, name: image.prompt, previewUrl: image.thumbnailUrl },
      ]);
      toast.success(t("added"));
    },
    [items, append, t, tooMany],
  );

  /** Takes a deleted image out of the references. */
  const forgetImage = (id: string) =>
    removeWhere((item) => item.source === "image" && item.id === id);

  const ready: ReferenceInput[] = items.flatMap((item) =>
    item.status === "done" && item.id ? [{ source: item.source, id: item.id }] : [],
  );
  return {
    items,
    ready,
    uploading,
    failed,
    full: items.length >= MAX_REFERENCES,
    addFiles: add,
    addImage,
    remove,
    forgetImage,
  };
}

export type References = ReturnType<typeof useReferences>;
