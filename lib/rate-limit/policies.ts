interface LimitSpec {
  /** Requests allowed per key within one window. */
  limit: number;
  windowSeconds: number;
}

/**
 * Wrong passwords (at sign-in or before a password change; a right one is
 * not counted) per account and address, so one address cannot guess at one
 * account, and per address, so one address cannot guess at many accounts;
 * the address allows more, as a school or office signs in from behind one
 * NAT. Neither can be used up by someone else, so nobody can lock an
 * account out. Past the account's own ceiling, counted over all addresses,
 * every attempt on it is slowed down instead of refused
 * (lib/auth/password-attempts.ts).
 */
export const POLICIES = {
  login: { limit: 10, windowSeconds: 15 * 60 },
  loginAddress: { limit: 100, windowSeconds: 15 * 60 },
  loginAccount: { limit: 50, windowSeconds: 15 * 60 },
  register: { limit: 20, windowSeconds: 60 * 60 },
  model: { limit: 30, windowSeconds: 60 },
  // Per account: far above what a person clicks or types, well below a script's loop.
  mutation: { limit: 120, windowSeconds: 60 },
  upload: { limit: 30, windowSeconds: 60 },
  search: { limit: 60, windowSeconds: 60 },
  export: { limit: 20, windowSeconds: 60 },
  admin: { limit: 300, windowSeconds: 60 },
  // Emails the app sends for someone (reset links, email confirmations): per
  // address or account asking, and per address mailed, so nobody can flood
  // an inbox.
  mail: { limit: 10, windowSeconds: 60 * 60 },
  mailRecipient: { limit: 3, windowSeconds: 60 * 60 },
  // Mailed links followed, per address: tokens cannot be guessed, but
  // nobody gets to try.
  accountLink: { limit: 30, windowSeconds: 15 * 60 },
} as const satisfies Record<string, LimitSpec>;

export type RateLimitPolicy = keyof typeof POLICIES;
