/**
 * Every React Query key in one factory, so a mutation invalidates exactly
 * the keys it changes and nothing drifts between components.
 */
export const queryKeys = {
  models: () => ["models"] as const,
  conversations: {
    all: () => ["conversations"] as const,
    /** Prefix of every list (main, per folder, archived): what a move, pin or archive changes. */
    lists: () => ["conversations", "list"] as const,
    list: (filter: { archived?: boolean; folderId?: string }) =>
      ["conversations", "list", filter] as const,
    /** Prefix of every search result. */
    searches: () => ["conversations", "search"] as const,
    search: (q: string) => ["conversations", "search", q] as const,
    detail: (id: string) => ["conversations", "detail", id] as const,
  },
  folders: () => ["folders"] as const,
};
