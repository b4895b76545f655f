import { z } from "zod";
import { limitParamSchema, objectIdSchema } from "@/lib/validation";

const reasonSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(500, "must be at most 500 characters");

export const banSchema = z.strictObject({ reason: reasonSchema });

export const roleSchema = z.strictObject({
  role: z.enum(["user", "admin"], "must be user or admin"),
});

/** -1 is unlimited, as in the seed. */
const limitOf = (what: string) =>
  z
    .number("must be a number")
    .refine(
      (value) => value === -1 || value >= 0,
      `must be ${what} of 0 or more, or -1 for unlimited`,
    );

export const limitsSchema = z.strictObject({
  tokensLimit: limitOf("a whole number").refine(Number.isInteger, "must be a whole number"),
  monthlyBudgetUsd: limitOf("an amount"),
});

export const deleteUserSchema = z.strictObject({
  /** The admin types the account's email: a deletion cannot be undone. */
  confirmEmail: z.string("must be text").trim().toLowerCase(),
});

const limitSchema = limitParamSchema(200, 50);

const cursorSchema = z.string("must be text").max(300, "is not a valid cursor").optional();

export const USER_SORTS = ["created", "lastActive", "tokens", "cost", "email"] as const;
export type UserSort = (typeof USER_SORTS)[number];

export const listUsersSchema = z.strictObject({
  q: z.string("must be text").trim().max(100, "must be at most 100 characters").optional(),
  role: z.enum(["user", "admin"], "must be user or admin").optional(),
  banned: z.enum(["true", "false"], "must be true or false").optional(),
  active: z.enum(["7d", "30d", "inactive"], "must be 7d, 30d or inactive").optional(),
  sort: z.enum(USER_SORTS, `must be one of ${USER_SORTS.join(", ")}`).default("created"),
  order: z.enum(["asc", "desc"], "must be asc or desc").default("desc"),
  limit: limitSchema,
  cursor: cursorSchema,
});

const daySchema = z
  .string("must be text")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .refine((day) => {
    const date = new Date(`${day}T00:00:00Z`);
    // "2025-02-30" parses (as March 2nd); a real date reads back the same.
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
  }, "must be a real date");

export const listAuditSchema = z.strictObject({
  adminId: objectIdSchema.optional(),
  action: z.string("must be text").trim().max(100, "must be at most 100 characters").optional(),
  targetId: objectIdSchema.optional(),
  from: daySchema.optional(),
  to: daySchema.optional(),
  limit: limitSchema,
  cursor: objectIdSchema.optional(),
});

export const dashboardSchema = z.strictObject({
  range: z.enum(["7", "30", "90"], "must be 7, 30 or 90").default("30"),
});

export const usageCsvSchema = z
  .strictObject({ from: daySchema, to: daySchema })
  .refine((range) => range.from <= range.to, { path: ["to"], message: "must not be before from" });
