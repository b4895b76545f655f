/** The server pages render the first page with the same sizes, so "Load more" continues them. */
export const USERS_PAGE_SIZE = 50;
export const AUDIT_PAGE_SIZE = 50;
