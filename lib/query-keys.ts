/**
 * Every React Query key in one factory, so a mutation invalidates exactly
 * the keys it changes and nothing drifts between components.
 */
export const queryKeys = {
  models: () => ["models"] as const,
  apiKeys: () => ["api-keys"] as const,
  /** The signed-in person's usage and limits: every model call changes it. */
  myUsage: () => ["my-usage"] as const,
  conversations: {
    all: () => ["conversations"] as const,
    /** Prefix of every list (main, per folder, archived): what a move, pin or archive changes. */
    lists: () => ["conversations", "list"] as const,
    list: (filter: { archived?: boolean; folderId?: string; tag?: string }) =>
      ["conversations", "list", filter] as const,
    /** Prefix of every search result. */
    searches: () => ["conversations", "search"] as const,
    search: (q: string) => ["conversations", "search", q] as const,
    detail: (id: string) => ["conversations", "detail", id] as const,
  },
  folders: () => ["folders"] as const,
  shares: {
    /** Prefix of every share query: what creating, updating or revoking a link changes. */
    all: () => ["shares"] as const,
    list: () => ["shares", "list"] as const,
    /** A conversation's link, if it has one. */
    ofConversation: (conversationId: string) => ["shares", "conversation", conversationId] as const,
  },
  configs: {
    all: () => ["configs"] as const,
    /** The user's own and saved configs: the configs page and the model picker. */
    mine: () => ["configs", "mine"] as const,
    /** Prefix of every gallery page. */
    galleries: () => ["configs", "gallery"] as const,
    gallery: (filter: { q?: string; tag?: string; model?: string; sort: string }) =>
      ["configs", "gallery", filter] as const,
  },
  arena: {
    all: () => ["arena"] as const,
    sessions: () => ["arena", "sessions"] as const,
    session: (id: string) => ["arena", "session", id] as const,
    leaderboard: (filter: { kind: string; scope: string }) =>
      ["arena", "leaderboard", filter] as const,
  },
  admin: {
    all: () => ["admin"] as const,
    userList: (filter: Record<string, string>) => ["admin", "users", filter] as const,
    audit: (filter: Record<string, string>) => ["admin", "audit", filter] as const,
    system: () => ["admin", "system"] as const,
  },
  images: {
    /** Prefix of every gallery page: what a new, changed or deleted image changes. */
    lists: () => ["images", "list"] as const,
    list: (filter: { favorites: boolean; q: string }) => ["images", "list", filter] as const,
    /** The images being made, in any tab. */
    jobs: () => ["images", "jobs"] as const,
  },
  templates: {
    all: () => ["templates"] as const,
    list: (filter: { category?: string; q?: string; includeInactive?: boolean }) =>
      ["templates", "list", filter] as const,
    categories: (includeInactive = false) => ["templates", "categories", includeInactive] as const,
  },
};
