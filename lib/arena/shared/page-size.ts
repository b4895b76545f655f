/** The server page renders the first page with the same size, so "Load more" continues it. */
export const ARENA_PAGE_SIZE = 30;
