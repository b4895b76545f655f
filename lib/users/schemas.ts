import { z } from "zod";
import { LOCALES } from "@/lib/i18n/locales";

export const emailSchema = z
  .string("must be text")
  .trim()
  .toLowerCase()
  .max(254, "must be at most 254 characters")
  .pipe(z.email("must be a valid email address"));

export const passwordSchema = z
  .string("must be text")
  .min(8, "must be at least 8 characters")
  .max(128, "must be at most 128 characters")
  .regex(/[a-z]/, "must contain a lowercase letter")
  .regex(/[A-Z]/, "must contain an uppercase letter")
  .regex(/[0-9]/, "must contain a digit");

export const displayNameSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(60, "must be at most 60 characters");

export const registerSchema = z.strictObject({
  email: emailSchema,
  password: passwordSchema,
  displayName: displayNameSchema,
});

/** Login only checks shape: the policy applies when a password is set, not when it is tried. */
export const credentialsSchema = z.object({
  email: emailSchema,
  password: z.string("must be text").min(1, "must not be empty").max(128),
});

export const THEMES = ["system", "light", "dark"] as const;
/** "auto" follows the browser's language; the rest are the interface's locales. */
export const LANGUAGES = ["auto", ...LOCALES] as const;

export const profileSchema = z.strictObject({
  displayName: displayNameSchema,
  bio: z.string("must be text").trim().max(500, "must be at most 500 characters").default(""),
});

export const settingsSchema = z.strictObject({
  theme: z.enum(THEMES, "must be system, light or dark"),
  language: z.enum(LANGUAGES, "must be auto, en or de"),
  notificationsEnabled: z.boolean("must be true or false"),
});

export const changePasswordSchema = z.strictObject({
  currentPassword: z.string("must be text").min(1, "must not be empty").max(128),
  newPassword: passwordSchema,
  /** Whoever learnt the old password may have made a key, so by default they all go. */
  revokeApiKeys: z.boolean("must be true or false").default(true),
});
