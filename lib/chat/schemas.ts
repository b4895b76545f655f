import { z } from "zod";

const id = z.string("must be an id").max(64, "must be an id");

export const sendMessageSchema = z
  .strictObject({
    content: z.string("must be text").max(100_000, "must be at most 100,000 characters"),
    /** The browser's id for this message: sending it twice stores it once. */
    clientId: z
      .string("must be text")
      .regex(/^[\w-]{1,64}$/, "must be 1–64 letters, digits, - or _")
      .optional(),
    /** Where the message goes in the tree; omitted: after the branch on show. */
    parentId: id.nullable().optional(),
    /** A user message this one replaces as a new version (a sibling). */
    editOf: id.optional(),
    model: z.string("must be a model id").min(1).max(200).optional(),
    /** A config to answer with; null answers without the conversation's config. */
    configId: id.nullable().optional(),
    attachments: z.array(id).max(10, "must be at most 10 files").default([]),
  })
  .refine((input) => input.content.trim() !== "" || input.attachments.length > 0, {
    path: ["content"],
    message: "must not be empty",
  });
export type SendMessageInput = z.infer<typeof sendMessageSchema>;

/** Characters of a reply on screen when Stop was pressed: what is kept. */
export const shownSchema = z
  .number("must be a number")
  .int("must be a whole number")
  .min(0, "must be 0 or more")
  .max(10_000_000, "must be at most 10,000,000");

export const stopReplySchema = z.strictObject({ shown: shownSchema.optional() });

export const regenerateSchema = z.strictObject({
  model: z.string("must be a model id").min(1).max(200).optional(),
  configId: id.nullable().optional(),
});
