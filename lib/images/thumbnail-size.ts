// No "server-only": the grid sets its <img> width and height from this too.

/** How wide grid thumbnails are made: two columns of a phone at 2x, or a desktop tile. */
export const THUMBNAIL_WIDTH = 384;

/** A thumbnail's size for an image of `width` × `height`; never larger than the image. */
export function thumbnailSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, THUMBNAIL_WIDTH / width);
  return {
    width: Math.max(1, Math.round(width * scale)),
    height: Math.max(1, Math.round(height * scale)),
  };
}
