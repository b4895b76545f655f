"use client";

import { useCallback } from "react";
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

const TOO_MANY = `You can use at most ${MAX_REFERENCES} reference images.`;

function fileProblem(file: File): string | null {
  if (!isImageFile(file)) return `${file.name}: only PNG, JPEG, WebP and GIF images can be used.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) {
    return `${file.name} is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`;
  }
  return null;
}

const QUEUE: UploadQueueOptions<ReferenceItem> = {
  limit: MAX_REFERENCES,
  tooMany: TOO_MANY,
  problem: fileProblem,
  fromFile: (_file, base) => ({ ...base, source: "file", id: null }),
  stored: (item, file) => ({ ...item, id: file.id }),
};

/** The images a generation works from: uploads (each sent at once) and the user's own images. */
export function useReferences() {
  const { items, add, append, remove, removeWhere, uploading, failed } = useUploadQueue(QUEUE);

  const addImage = useCallback(
    (image: ImageDto) => {
      if (items.some((item) => item.source === "image" && item.id === image.id)) {
        toast("That image is already a reference.");
        return;
      }
      if (items.length >= MAX_REFERENCES) {
        toast.error(TOO_MANY);
        return;
      }
      append([
        { source: "image", id: image.id, name: image.prompt, previewUrl: image.thumbnailUrl },
      ]);
      toast.success("Added to the reference images.");
    },
    [items, append],
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
