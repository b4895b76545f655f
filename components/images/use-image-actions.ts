"use client";

import { type InfiniteData, useMutation, useQueryClient } from "@tanstack/react-query";
import { deleteImageAction, setImageFavoriteAction } from "@/app/(app)/images/actions";
import { errorMessage, unwrapAction } from "@/components/common/action-error";
import { toast } from "@/components/common/toast";
import type { Page } from "@/lib/conversations/dto";
import type { ImageDto } from "@/lib/images/dto";
import { queryKeys } from "@/lib/query-keys";

type ImagePages = InfiniteData<Page<ImageDto>>;

interface Callbacks {
  onChanged?: (image: ImageDto) => void;
  onDeleted?: (id: string) => void;
}

/** Favourite and delete an image; every gallery list is refetched afterwards. */
export function useImageActions({ onChanged, onDeleted }: Callbacks = {}) {
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

  const favorite = useMutation({
    mutationFn: ({ image, isFavorite }: { image: ImageDto; isFavorite: boolean }) =>
      unwrapAction(() => setImageFavoriteAction(image.id, isFavorite)),
    onMutate: ({ image, isFavorite }) => {
      void qc.cancelQueries({ queryKey: queryKeys.images.lists() });
      patchLists(image.id, isFavorite);
      onChanged?.({ ...image, isFavorite });
    },
    onSuccess: (image) => onChanged?.(image),
    onError: (error, { image }) => {
      onChanged?.(image);
      toast.error("Could not change the favourite.", { description: errorMessage(error) });
    },
    onSettled: refetchLists,
  });

  const remove = useMutation({
    mutationFn: (image: ImageDto) => unwrapAction(() => deleteImageAction(image.id)),
    onSuccess: (_data, image) => {
      toast.success("Image deleted.");
      onDeleted?.(image.id);
    },
    onError: (error) =>
      toast.error("Could not delete the image.", { description: errorMessage(error) }),
    onSettled: refetchLists,
  });

  return { favorite, remove };
}
