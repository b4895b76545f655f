import { z } from "zod";
import { shownSchema } from "@/lib/chat/schemas";
import { objectIdSchema as idSchema, limitParamSchema, modelIdSchema } from "@/lib/validation";
import { ARENA_MAX_PANELS, ARENA_MIN_PANELS } from "@/models/arena-session";

const titleSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

/** A panel answers with one of the user's (or a shared) configs, or with a plain model. */
const panelSchema = z.union(
  [z.strictObject({ configId: idSchema }), z.strictObject({ modelId: modelIdSchema })],
  "must be { configId } or { modelId }",
);

export const createArenaSchema = z.strictObject({
  title: titleSchema.optional(),
  panels: z
    .array(panelSchema, "must be a list of panels")
    .min(ARENA_MIN_PANELS, `must have at least ${ARENA_MIN_PANELS} panels`)
    .max(ARENA_MAX_PANELS, `must have at most ${ARENA_MAX_PANELS} panels`),
  /** Hide which config or model is in which panel until the user votes. */
  blind: z.boolean("must be true or false").default(false),
});

export const renameArenaSchema = z.strictObject({ title: titleSchema });

export const sendArenaSchema = z.strictObject({
  content: z
    .string("must be text")
    .max(100_000, "must be at most 100,000 characters")
    .refine((text) => text.trim() !== "", "must not be empty"),
  /** The browser's id for this prompt: sending it twice stores it once. */
  clientId: z
    .string("must be text")
    .regex(/^[\w-]{1,64}$/, "must be 1–64 letters, digits, - or _")
    .optional(),
});

const panelIndexSchema = z
  .number("must be a number")
  .int("must be a whole number")
  .min(0, "must be a panel number")
  .max(ARENA_MAX_PANELS - 1, "must be a panel number");

export const stopArenaSchema = z.strictObject({
  /** One panel; omitted: every panel still running. */
  panel: panelIndexSchema.optional(),
  /** Each panel's characters on screen when Stop was pressed, by panel: what is kept. */
  shown: z
    .array(shownSchema)
    .max(ARENA_MAX_PANELS, `must have at most ${ARENA_MAX_PANELS} numbers`)
    .optional(),
});

export const voteArenaSchema = z
  .strictObject({
    turnId: idSchema,
    outcome: z.enum(["win", "tie", "both_bad"], "must be win, tie or both_bad"),
    winnerIndex: panelIndexSchema.nullable().optional(),
  })
  .refine((vote) => (vote.outcome === "win") === (vote.winnerIndex != null), {
    path: ["winnerIndex"],
    message: "must be given for a win, and only for a win",
  });

export const continueArenaSchema = z.strictObject({ panel: panelIndexSchema });

export const listArenaSchema = z.strictObject({
  limit: limitParamSchema(100, 30),
  cursor: z.string("must be text").max(200, "is not a valid cursor").optional(),
});

export const leaderboardSchema = z.strictObject({
  kind: z.enum(["model", "config"], "must be model or config").default("model"),
  scope: z.enum(["all", "mine"], "must be all or mine").default("all"),
  /** "blind": only votes cast before the names were shown, as names sway the verdict. */
  votes: z.enum(["all", "blind"], "must be all or blind").default("all"),
});
