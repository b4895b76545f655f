import type { GallerySort } from "@/lib/configs/schemas";

/** Moderation looks at what was shared last first. */
export const MODERATION_SORT: GallerySort = "new";
