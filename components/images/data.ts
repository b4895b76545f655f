"use client";

import { type InfiniteData, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { deleteImageAction, setImageFavoriteAction } from "@/app/(app)/images/actions";
import { errorMessage, useServerAction } from "@/components/common/server-action";
import { toast } from "@/components/common/toast";
import { usePagedList } from "@/components/common/use-paged-list";
import type { Page } from "@/lib/conversations/dto";
import { apiFetch } from "@/lib/http/client";
import type { ImageDto, ImageJobDto } from "@/lib/images/dto";
import type { AspectRatio, ImageSize } from "@/lib/images/options";
import type { ReferenceInput } from "@/lib/images/schemas";
import { IMAGE_PAGE_SIZE } from "@/lib/images/shared/page-size";
import { queryKeys } from "@/lib/query-keys";

interface ImageFilter {
  favorites: boolean;
  q: string;
}

function fetchImagePage(
  filter: ImageFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<Page<ImageDto>> {
  const params = new URLSearchParams({ limit: String(IMAGE_PAGE_SIZE) });
  if (filter.favorites) params.set("favorites", "true");
  if (filter.q) params.set("q", filter.q);
  if (cursor) params.set("cursor", cursor);
  return apiFetch(`/api/images?${params}`, { signal });
}

/** What POST /api/images takes. */
export interface GenerateRequest {
  prompt: string;
  negativePrompt: string;
  modelId: string;
  aspectRatio: AspectRatio;
  imageSize?: ImageSize;
  references: ReferenceInput[];
}

/** Makes the image; `clientId` names it for a stop sent before its job is listed. */
export function requestImage(
  request: GenerateRequest,
  clientId: string,
  signal: AbortSignal,
): Promise<ImageDto> {
  return apiFetch("/api/images", { method: "POST", body: { ...request, clientId }, signal });
}

export function fetchImage(id: string): Promise<ImageDto> {
  return apiFetch(`/api/images/${id}`);
}

function fetchImageJobs(signal?: AbortSignal): Promise<{ items: ImageJobDto[] }> {
  return apiFetch("/api/images/jobs", { signal });
}

/** The images being made for this person, in this tab or any other. */
export function useImageJobs() {
  return useQuery({
    queryKey: queryKeys.images.jobs(),
    queryFn: ({ signal }) => fetchImageJobs(signal),
  });
}

/** Stops an image being made, by its job id or the client id its tab sent. */
export function stopImageJob(id: string): Promise<void> {
  return apiFetch(`/api/images/jobs/${encodeURIComponent(id)}/stop`, { method: "POST" });
}

/** The user's images a page at a time; `initial` is the server-rendered first page of all images. */
export function useImageList(filter: ImageFilter, initial?: Page<ImageDto>) {
  return usePagedList({
    queryKey: queryKeys.images.list(filter),
    fetchPage: (cursor, signal) => fetchImagePage(filter, cursor, signal),
    initial,
  });
}

type ImagePages = InfiniteData<Page<ImageDto>>;

interface Callbacks {
  onChanged?: (image: ImageDto) => void;
  onDeleted?: (id: string) => void;
}

/** Favourite and delete an image; every gallery list is refetched afterwards. */
export function useImageActions({ onChanged, onDeleted }: Callbacks = {}) {
  const t = useTranslations("images.actions");
  const qc = useQueryClient();
  const refetchLists = () => qc.invalidateQueries({ queryKey: queryKeys.images.lists() });

  // The heart fills at once; the server's answer (or a refetch after a failure) settles it.
  const patchLists = (id: string, isFavorite: boolean) =>
    qc.setQueriesData<ImagePages>({ queryKey: queryKeys.images.lists() }, (data) =>
      data
        ? {
            ...data,
            pages: data.pages.map((page) => ({
              ...page,
              items: page.items.map((item) => (item.id === id ? { ...item, isFavorite } : item)),
            })),
          }
        : data,
    );

  const favorite = useServerAction(
    ({ image, isFavorite }: { image: ImageDto; isFavorite: boolean }) =>
      setImageFavoriteAction(image.id, isFavorite),
    {
      onMutate: ({ image, isFavorite }) => {
        void qc.cancelQueries({ queryKey: queryKeys.images.lists() });
        patchLists(image.id, isFavorite);
        onChanged?.({ ...image, isFavorite });
      },
      onSuccess: (image) => onChanged?.(image),
      onError: (error, { image }) => {
        onChanged?.(image);
        toast.error(t("favoriteFailed"), { description: errorMessage(error) });
      },
      onSettled: refetchLists,
    },
  );

  const remove = useServerAction((image: ImageDto) => deleteImageAction(image.id), {
    onSuccess: (_data, image) => {
      toast.success(t("deleted"));
      onDeleted?.(image.id);
    },
    onError: (error) => toast.error(t("deleteFailed"), { description: errorMessage(error) }),
    onSettled: refetchLists,
  });

  return { favorite, remove };
}
