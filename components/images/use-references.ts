"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { isImageFile } from "@/lib/chat/client/files";
import type { AttachmentDto } from "@/lib/conversations/dto";
import { MAX_UPLOAD_BYTES } from "@/lib/files/limits";
import { ApiError, apiFetch } from "@/lib/http/client";
import type { ImageDto } from "@/lib/images/dto";
import { MAX_REFERENCES } from "@/lib/images/options";
import type { ReferenceInput } from "@/lib/images/schemas";

export interface ReferenceItem {
  /** Local key for the chip. */
  key: string;
  source: ReferenceInput["source"];
  /** The server's id: at once for a generated image, after the upload for a file. */
  id: string | null;
  name: string;
  previewUrl: string;
  status: "uploading" | "done" | "error";
  error: string | null;
}

let counter = 0;
function nextKey(): string {
  counter += 1;
  return `reference-${counter}`;
}

function fileProblem(file: File): string | null {
  if (!isImageFile(file)) return `${file.name}: only PNG, JPEG, WebP and GIF images can be used.`;
  if (file.size === 0) return `${file.name} is empty.`;
  if (file.size > MAX_UPLOAD_BYTES) {
    return `${file.name} is larger than ${MAX_UPLOAD_BYTES / (1024 * 1024)} MB.`;
  }
  return null;
}

/** The images a generation works from: uploads (each sent at once) and the user's own images. */
export function useReferences() {
  const [items, setItems] = useState<ReferenceItem[]>([]);
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
    const uploads = controllers.current;
    const urls = objectUrls.current;
    return () => {
      for (const controller of uploads.values()) controller.abort();
      for (const url of urls.values()) URL.revokeObjectURL(url);
    };
  }, []);

  const update = useCallback((key: string, change: Partial<ReferenceItem>) => {
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
        const stored = await apiFetch<AttachmentDto>("/api/files", {
          method: "POST",
          body: form,
          signal: controller.signal,
        });
        update(key, { status: "done", id: stored.id });
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

  const addFiles = useCallback(
    (files: Iterable<File>) => {
      const list = [...files];
      if (list.length === 0) return;
      const room = MAX_REFERENCES - items.length;
      if (list.length > room)
        toast.error(`You can use at most ${MAX_REFERENCES} reference images.`);
      const added: ReferenceItem[] = [];
      for (const file of list.slice(0, Math.max(0, room))) {
        const problem = fileProblem(file);
        if (problem) {
          toast.error(problem);
          continue;
        }
        const key = nextKey();
        const previewUrl = URL.createObjectURL(file);
        objectUrls.current.set(key, previewUrl);
        added.push({
          key,
          source: "file",
          id: null,
          name: file.name,
          previewUrl,
          status: "uploading",
          error: null,
        });
        void upload(key, file);
      }
      if (added.length) setItems((current) => [...current, ...added]);
    },
    [items.length, upload],
  );

  const addImage = useCallback(
    (image: ImageDto) => {
      if (items.some((item) => item.source === "image" && item.id === image.id)) {
        toast("That image is already a reference.");
        return;
      }
      if (items.length >= MAX_REFERENCES) {
        toast.error(`You can use at most ${MAX_REFERENCES} reference images.`);
        return;
      }
      setItems((current) => [
        ...current,
        {
          key: nextKey(),
          source: "image",
          id: image.id,
          name: image.prompt,
          previewUrl: image.thumbnailUrl,
          status: "done",
          error: null,
        },
      ]);
      toast.success("Added to the reference images.");
    },
    [items],
  );

  const remove = useCallback(
    (key: string) => {
      release(key);
      setItems((current) => current.filter((item) => item.key !== key));
    },
    [release],
  );

  /** Takes a deleted image out of the references. */
  const forgetImage = useCallback((id: string) => {
    setItems((current) => current.filter((item) => !(item.source === "image" && item.id === id)));
  }, []);

  const ready: ReferenceInput[] = items.flatMap((item) =>
    item.status === "done" && item.id ? [{ source: item.source, id: item.id }] : [],
  );
  return {
    items,
    ready,
    uploading: items.some((item) => item.status === "uploading"),
    failed: items.some((item) => item.status === "error"),
    full: items.length >= MAX_REFERENCES,
    addFiles,
    addImage,
    remove,
    forgetImage,
  };
}

export type References = ReturnType<typeof useReferences>;
