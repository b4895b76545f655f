"use client";

import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "@/components/common/toast";
import { isImageFile } from "@/lib/chat/client/files";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { ApiError, apiFetch } from "@/lib/http/client";

export interface QueuedUpload {
  /** Local key for the chip. */
  key: string;
  name: string;
  /** An object URL while an image uploads, or the served image; null for other files. */
  previewUrl: string | null;
  status: "uploading" | "done" | "error";
  error: string | null;
}

/**
 * What a feature adds to the queue. Keep it one object (a module constant, or
 * memoised): the callbacks depend on it.
 */
export interface UploadQueueOptions<T extends QueuedUpload> {
  limit: number;
  /** Shown when more files are added than fit. */
  tooMany: string;
  /** Why a file cannot be used, in words for the person; null when it may be tried. */
  problem: (file: File) => string | null;
  /** The chip for a file that starts uploading. */
  fromFile: (file: File, base: QueuedUpload) => T;
  /** The chip once the server has stored the file. */
  stored: (item: T, file: AttachmentDto) => T;
}

/** An item already stored on the server: it gets its key and is done. */
export type StoredUpload<T extends QueuedUpload> = Omit<T, "key" | "status" | "error">;

let counter = 0;
function nextUploadKey(): string {
  counter += 1;
  return `upload-${counter}`;
}

/** Files that upload at once to /api/files, each with a chip that shows how it went. */
export function useUploadQueue<T extends QueuedUpload>(options: UploadQueueOptions<T>) {
  const t = useTranslations("uploads");
  const [items, setItems] = useState<T[]>([]);
  const controllers = useRef(new Map<string, AbortController>());
  const objectUrls = useRef(new Map<string, string>());

  useEffect(() => {
    const uploads = controllers.current;
    const urls = objectUrls.current;
    return () => {
      for (const controller of uploads.values()) controller.abort();
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, []);

  const update = useCallback((key: string, change: (item: T) => T) => {
    setItems((current) => current.map((item) => (item.key === key ? change(item) : item)));
  }, []);

  const upload = useCallback(
    async (key: string, file: File) => {
      const controller = new AbortController();
      controllers.current.set(key, controller);
      const form = new FormData();
      form.append("file", file);
      try {
        const stored = await apiFetch<AttachmentDto>("/api/files", {
          method: "POST",
          body: form,
          signal: controller.signal,
        });
        update(key, (item) => ({ ...options.stored(item, stored), status: "done" }));
      } catch (error) {
        if (controller.signal.aborted) return;
        const message = error instanceof ApiError ? error.message : t("failed");
        update(key, (item) => ({ ...item, status: "error", error: message }));
      } finally {
        controllers.current.delete(key);
      }
    },
    [options, update, t],
  );

  const add = useCallback(
    (files: Iterable<File>) => {
      const list = [...files];
      if (list.length === 0) return;
      const room = options.limit - items.length;
      if (list.length > room) toast.error(options.tooMany);
      const added: T[] = [];
      for (const file of list.slice(0, Math.max(0, room))) {
        const problem = options.problem(file);
        if (problem) {
          toast.error(problem);
          continue;
        }
        const key = nextUploadKey();
        const previewUrl = isImageFile(file) ? URL.createObjectURL(file) : null;
        if (previewUrl) objectUrls.current.set(key, previewUrl);
        const base: QueuedUpload = {
          key,
          name: file.name,
          previewUrl,
          status: "uploading",
          error: null,
        };
        added.push(options.fromFile(file, base));
        void upload(key, file);
      }
      if (added.length) setItems((current) => [...current, ...added]);
    },
    [items.length, options, upload],
  );

  /** Adds items that need no upload (already stored). */
  const append = useCallback((stored: readonly StoredUpload<T>[]) => {
    const extra = stored.map(
      (item) => ({ ...item, key: nextUploadKey(), status: "done", error: null }) as T,
    );
    setItems((current) => [...current, ...extra]);
  }, []);

  /** Drops the matching items, stopping their uploads and freeing their previews. */
  const removeWhere = useCallback(
    (match: (item: T) => boolean) => {
      for (const { key } of items.filter(match)) {
        controllers.current.get(key)?.abort();
        controllers.current.delete(key);
        const url = objectUrls.current.get(key);
        if (url) URL.revokeObjectURL(url);
        objectUrls.current.delete(key);
      }
      setItems((current) => current.filter((item) => !match(item)));
    },
    [items],
  );

  return {
    items,
    add,
    append,
    removeWhere,
    remove: (key: string) => removeWhere((item) => item.key === key),
    uploading: items.some((item) => item.status === "uploading"),
    failed: items.some((item) => item.status === "error"),
  };
}
