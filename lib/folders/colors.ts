// Apart from the schemas, so a browser page can show them without loading zod.

/** Colour names, not values: the UI maps each to classes that work in light and dark mode. */
export const FOLDER_COLORS = [
  "gray",
  "red",
  "orange",
  "amber",
  "green",
  "teal",
  "blue",
  "violet",
  "pink",
] as const;
export type FolderColor = (typeof FOLDER_COLORS)[number];
