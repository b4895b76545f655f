"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";
import { toast } from "@/components/common/toast";
import { useLiveEvents } from "@/components/layout/live-events";
import { ApiError } from "@/lib/http/client";
import type { ImageDto, ImageJobDto } from "@/lib/images/dto";
import { queryKeys } from "@/lib/query-keys";
import type { LiveEvent } from "@/lib/realtime/shared/events";
import { fetchImage, type GenerateRequest, requestImage, stopImageJob, useImageJobs } from "./data";

/** What the panel shows of an image being made. */
export interface PendingImage {
  prompt: string;
  aspectRatio: string;
}

export type Generation =
  | { status: "idle" }
  | {
      status: "pending";
      startedAt: number;
      request: PendingImage;
      /** What a stop names: the client id this tab sent, or the job id of one made elsewhere. */
      stopId: string;
      /** Set for an image this tab did not send: its end arrives as an event. */
      jobId: string | null;
    }
  | { status: "done"; image: ImageDto }
  | {
      status: "failed";
      error: ApiError;
      /** What Try again sends; null for an image sent from another tab. */
      request: GenerateRequest | null;
    };

/** The server's error as it is, or one for anything else, in the words given. */
function toApiError(error: unknown, unknownMessage: string): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError(0, "unknown", unknownMessage);
}

function newClientId(): string {
  return crypto.randomUUID();
}

/**
 * One generation on show at a time: the one this tab sent, else one being
 * made in another tab or before a reload (GET /api/images/jobs), followed
 * to its end through the events channel. Leaving the page does not stop an
 * image; Cancel does, wherever it runs, and nothing is saved.
 */
export function useGenerateImage() {
  const t = useTranslations("images.generation");
  const qc = useQueryClient();
  const [generation, setGeneration] = useState<Generation>({ status: "idle" });
  const sent = useRef<{ clientId: string; controller: AbortController } | null>(null);
  // Jobs this tab has seen to their end or stopped: never shown as running again.
  const settled = useRef(new Set<string>());
  // The client ids of images this tab cancelled.
  const cancelled = useRef(new Set<string>());
  const jobs = useImageJobs();

  useEffect(() => () => sent.current?.controller.abort(), []);

  // A stop sent before its job existed found nothing: stop the job now it is listed.
  const restopped = useRef(new Set<string>());
  useEffect(() => {
    for (const job of jobs.data?.items ?? []) {
      if (!job.clientId || !cancelled.current.has(job.clientId) || restopped.current.has(job.id)) {
        continue;
      }
      restopped.current.add(job.id);
      void stopImageJob(job.id).catch(() => {});
    }
  }, [jobs.data]);

  // An image being made elsewhere is shown while this tab has nothing on show.
  const running = jobs.data?.items.find(
    (job) => !settled.current.has(job.id) && !settled.current.has(job.clientId ?? ""),
  );
  useEffect(() => {
    if (generation.status === "idle" && !sent.current && running) {
      setGeneration(followed(running));
    }
  }, [generation.status, running]);

  // A followed job gone from the list ended while this tab was not listening.
  const followedJob = generation.status === "pending" ? generation.jobId : null;
  const listed = jobs.data?.items.some((job) => job.id === followedJob) ?? true;
  useEffect(() => {
    if (followedJob && !listed && !settled.current.has(followedJob)) {
      settled.current.add(followedJob);
      setGeneration({ status: "idle" });
      void qc.invalidateQueries({ queryKey: queryKeys.images.lists() });
    }
  }, [followedJob, listed, qc]);

  useLiveEvents((event: LiveEvent) => {
    if (event.type !== "image.finished" || event.data.jobId !== followedJob) return;
    const { jobId, imageId, status, preview } = event.data;
    settled.current.add(jobId);
    const stillFollowed = (current: Generation) =>
      current.status === "pending" && current.jobId === jobId;
    if (status === "complete" && imageId) {
      fetchImage(imageId).then(
        (image) =>
          setGeneration((current) =>
            stillFollowed(current) ? { status: "done", image } : current,
          ),
        () => setGeneration((current) => (stillFollowed(current) ? { status: "idle" } : current)),
      );
      return;
    }
    setGeneration((current) => {
      if (!stillFollowed(current)) return current;
      if (status === "stopped") return { status: "idle" };
      return { status: "failed", error: new ApiError(0, status, preview), request: null };
    });
  });

  const generate = useCallback(
    async (request: GenerateRequest) => {
      sent.current?.controller.abort();
      const current = { clientId: newClientId(), controller: new AbortController() };
      sent.current = current;
      setGeneration({
        status: "pending",
        startedAt: Date.now(),
        request,
        stopId: current.clientId,
        jobId: null,
      });
      try {
        const image = await requestImage(request, current.clientId, current.controller.signal);
        setGeneration({ status: "done", image });
        void qc.invalidateQueries({ queryKey: queryKeys.images.lists() });
      } catch (error) {
        if (current.controller.signal.aborted) return;
        const failure = toApiError(error, t("failed"));
        if (failure.code === "cancelled") {
          // Stopped from another tab or device.
          setGeneration({ status: "idle" });
          toast(t("cancelled"));
          return;
        }
        setGeneration({ status: "failed", error: failure, request });
      } finally {
        settled.current.add(current.clientId);
        if (sent.current === current) sent.current = null;
      }
    },
    [qc, t],
  );

  const cancel = useCallback(() => {
    if (generation.status !== "pending") return;
    settled.current.add(generation.stopId);
    if (generation.jobId) settled.current.add(generation.jobId);
    else cancelled.current.add(generation.stopId);
    sent.current?.controller.abort();
    sent.current = null;
    setGeneration({ status: "idle" });
    stopImageJob(generation.stopId).then(
      () => toast(t("cancelled")),
      (error: unknown) =>
        toast.error(t("stopFailed", { error: toApiError(error, t("failed")).message })),
    );
  }, [generation, t]);

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

/** An image another tab sent, or this one before a reload, as the panel shows it. */
function followed(job: ImageJobDto): Generation {
  return {
    status: "pending",
    startedAt: Date.parse(job.startedAt),
    request: { prompt: job.prompt, aspectRatio: job.aspectRatio },
    stopId: job.id,
    jobId: job.id,
  };
}
