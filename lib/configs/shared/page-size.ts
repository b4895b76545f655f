/** The server page renders the gallery's first page with the same size, so "Load more" continues it. */
export const GALLERY_PAGE_SIZE = 24;
