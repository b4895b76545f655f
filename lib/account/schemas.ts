import { z } from "zod";
import { emailSchema, passwordSchema } from "@/lib/users/schemas";

/** A mailed link's token; ours are 43 characters, and nothing longer is worth hashing. */
const tokenSchema = z.string("must be text").min(1, "must not be empty").max(200);

/** What a person types to prove it is them before something that cannot be undone. */
const currentPasswordSchema = z.string("must be text").min(1, "must not be empty").max(128);

export const forgotPasswordSchema = z.strictObject({ email: emailSchema });

export const resetPasswordSchema = z.strictObject({ token: tokenSchema, password: passwordSchema });

export const changeEmailSchema = z.strictObject({
  newEmail: emailSchema,
  password: currentPasswordSchema,
});

export const confirmEmailSchema = z.strictObject({ token: tokenSchema });

/** No password for an account made by single sign-on: a fresh sign-in confirms instead. */
export const deleteAccountSchema = z.strictObject({ password: currentPasswordSchema.optional() });
