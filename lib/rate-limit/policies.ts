interface LimitSpec {
  /** Requests allowed per key within one window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Login counts per email and per address, so one account cannot be guessed
 * at from many addresses, nor many accounts from one address. The address
 * allows more: a school or office signs in from behind one NAT.
 */
export const POLICIES = {
  login: { limit: 10, windowSeconds: 15 * 60 },
  loginAddress: { limit: 100, windowSeconds: 15 * 60 },
  register: { limit: 20, windowSeconds: 60 * 60 },
  model: { limit: 30, windowSeconds: 60 },
  // Per account: far above what a person clicks or types, well below a script's loop.
  mutation: { limit: 120, windowSeconds: 60 },
  upload: { limit: 30, windowSeconds: 60 },
  search: { limit: 60, windowSeconds: 60 },
  export: { limit: 20, windowSeconds: 60 },
  admin: { limit: 300, windowSeconds: 60 },
} as const satisfies Record<string, LimitSpec>;

export type RateLimitPolicy = keyof typeof POLICIES;
