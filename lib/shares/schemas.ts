import { z } from "zod";
import { limitParamSchema, objectIdSchema } from "@/lib/validation";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a link may live, as the share dialog offers it. */
export const SHARE_EXPIRIES = { "1d": DAY_MS, "7d": 7 * DAY_MS, "30d": 30 * DAY_MS } as const;
export type ShareExpiry = keyof typeof SHARE_EXPIRIES;

const EXPIRY_NAMES = Object.keys(SHARE_EXPIRIES) as [ShareExpiry, ...ShareExpiry[]];

/**
 * Sharing a conversation, or sharing it again to update the link's copy.
 * `expiresIn` counts from now; null or absent: the link never expires.
 */
export const createShareSchema = z.strictObject({
  expiresIn: z.enum(EXPIRY_NAMES, `must be ${EXPIRY_NAMES.join(", ")} or null`).nullish(),
});

export const listSharesSchema = z.strictObject({
  limit: limitParamSchema(100, 50),
  cursor: objectIdSchema.optional(),
  /** Only this conversation's link (there is at most one). */
  conversationId: objectIdSchema.optional(),
});
