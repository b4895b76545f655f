import { z } from "zod";

export const KEY_NAME_MAX = 100;

export const createApiKeySchema = z.strictObject({
  name: z
    .string("must be text")
    .trim()
    .min(1, "must not be empty")
    .max(KEY_NAME_MAX, `must be at most ${KEY_NAME_MAX} characters`),
  /** When the key stops working; null or absent: never. */
  expiresAt: z.iso
    .datetime({ offset: true, error: "must be a date and time (ISO 8601)" })
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() > Date.now(), "must be in the future")
    .nullish(),
});
