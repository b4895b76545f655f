"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { fileProblem, isImageFile } from "@/lib/chat/client/files";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { MAX_FILES_PER_MESSAGE } from "@/lib/files/limits";
import { ApiError, apiFetch } from "@/lib/http/client";

export interface PendingAttachment {
  /** Local key for the chip; the server id arrives with `attachment`. */
  key: string;
  name: string;
  size: number;
  isImage: boolean;
  /** An object URL while uploading, then the served file. */
  previewUrl: string | null;
  status: "uploading" | "done" | "error";
  attachment: AttachmentDto | null;
  error: string | null;
}

let counter = 0;

/** Files attached to the draft: each uploads at once, and a chip shows how it went. */
export function useAttachments() {
  const [items, setItems] = useState<PendingAttachment[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const objectUrls = useRef(new Map<string, string>());

  const release = useCallback((key: string) => {
    controllers.current.get(key)?.abort();
    controllers.current.delete(key);
    const url = objectUrls.current.get(key);
    if (url) URL.revokeObjectURL(url);
    objectUrls.current.delete(key);
  }, []);

  useEffect(() => {
    const urls = objectUrls.current;
    const uploads = controllers.current;
    return () => {
      for (const controller of uploads.values()) controller.abort();
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, []);

  const update = useCallback((key: string, change: Partial<PendingAttachment>) => {
    setItems((current) =>
      current.map((item) => (item.key === key ? { ...item, ...change } : item)),
    );
  }, []);

  const upload = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      const form = new FormData();
      form.append("file", file);
      try {
        const attachment = await apiFetch<AttachmentDto>("/api/files", {
          method: "POST",
          body: form,
          signal: controller.signal,
        });
        update(key, { status: "done", attachment });
      } catch (error) {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : "The upload failed.";
        update(key, { status: "error", error: message });
      } finally {
        controllers.current.delete(key);
      }
    },
    [update],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const list = [...files];
      if (list.length === 0) return;
      const room = MAX_FILES_PER_MESSAGE - items.length;
      if (list.length > room) {
        toast.error(`A message can carry at most ${MAX_FILES_PER_MESSAGE} files.`);
      }
      const accepted: PendingAttachment[] = [];
      for (const file of list.slice(0, Math.max(0, room))) {
        const problem = fileProblem(file);
        if (problem) {
          toast.error(problem);
          continue;
        }
        counter += 1;
        const key = `file-${counter}`;
        const image = isImageFile(file);
        const previewUrl = image ? URL.createObjectURL(file) : null;
        if (previewUrl) objectUrls.current.set(key, previewUrl);
        accepted.push({
          key,
          name: file.name,
          size: file.size,
          isImage: image,
          previewUrl,
          status: "uploading",
          attachment: null,
          error: null,
        });
        void upload(key, file);
      }
      if (accepted.length) setItems((current) => [...current, ...accepted]);
    },
    [items.length, upload],
  );

  const remove = useCallback(
    (key: string) => {
      release(key);
      setItems((current) => current.filter((item) => item.key !== key));
    },
    [release],
  );

  /** After sending: the files now belong to the message. */
  const clear = useCallback(() => {
    for (const item of items) release(item.key);
    setItems([]);
  }, [items, release]);

  /** Puts already-stored files back on the draft (a send that failed). */
  const restore = useCallback((attachments: readonly AttachmentDto[]) => {
    setItems((current) => [
      ...current,
      ...attachments.map((attachment): PendingAttachment => {
        counter += 1;
        return {
          key: `file-${counter}`,
          name: attachment.name,
          size: attachment.size,
          isImage: attachment.kind === "image",
          previewUrl: attachment.kind === "image" ? attachment.url : null,
          status: "done",
          attachment,
          error: null,
        };
      }),
    ]);
  }, []);

  const uploading = items.some((item) => item.status === "uploading");
  const ready = items.flatMap((item) => (item.attachment ? [item.attachment] : []));
  return { items, add, remove, clear, restore, uploading, ready };
}
