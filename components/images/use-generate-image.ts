"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "sonner";
import { ApiError } from "@/lib/http/client";
import type { ImageDto } from "@/lib/images/dto";
import { queryKeys } from "@/lib/query-keys";
import { type GenerateRequest, requestImage } from "./api";

export type Generation =
  | { status: "idle" }
  | { status: "pending"; startedAt: number; request: GenerateRequest }
  | { status: "done"; image: ImageDto }
  | { status: "failed"; error: ApiError; request: GenerateRequest };

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, "unknown", "The image could not be made. Try again.");
}

/**
 * One generation at a time. Cancel aborts the request, which makes the
 * server drop the upstream call and save nothing; leaving the page does too.
 */
export function useGenerateImage() {
  const qc = useQueryClient();
  const [generation, setGeneration] = useState<Generation>({ status: "idle" });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const generate = useCallback(
    async (request: GenerateRequest) => {
      controller.current?.abort();
      const current = new AbortController();
      controller.current = current;
      setGeneration({ status: "pending", startedAt: Date.now(), request });
      try {
        const image = await requestImage(request, current.signal);
        setGeneration({ status: "done", image });
        void qc.invalidateQueries({ queryKey: queryKeys.images.lists() });
      } catch (error) {
        if (current.signal.aborted) {
          if (controller.current === current) setGeneration({ status: "idle" });
          return;
        }
        const failure = toApiError(error);
        setGeneration({ status: "failed", error: failure, request });
      } finally {
        if (controller.current === current) controller.current = null;
      }
    },
    [qc],
  );

  const cancel = useCallback(() => {
    if (!controller.current) return;
    controller.current.abort();
    toast("Generation cancelled. Nothing was saved.");
  }, []);

  const dismiss = useCallback(() => setGeneration({ status: "idle" }), []);

  /** Keeps the shown result in step with a change made to it in the gallery. */
  const updateResult = useCallback((image: ImageDto) => {
    setGeneration((current) =>
      current.status === "done" && current.image.id === image.id
        ? { status: "done", image }
        : current,
    );
  }, []);

  const forgetResult = useCallback((id: string) => {
    setGeneration((current) =>
      current.status === "done" && current.image.id === id ? { status: "idle" } : current,
    );
  }, []);

  return { generation, generate, cancel, dismiss, updateResult, forgetResult };
}
