import { z } from "zod";
import {
  booleanParamSchema,
  objectIdSchema as idSchema,
  limitParamSchema,
  modelIdSchema,
  tagSchema,
  tagsSchema,
} from "@/lib/validation";
import { MAX_TAGS } from "./limits";

const titleSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(200, "must be at most 200 characters");

export const createConversationSchema = z.strictObject({
  title: titleSchema.optional(),
  modelId: modelIdSchema.optional(),
  configId: idSchema.optional(),
  folderId: idSchema.nullable().optional(),
});

export const updateConversationSchema = z.strictObject({
  title: titleSchema.optional(),
  isPinned: z.boolean("must be true or false").optional(),
  isArchived: z.boolean("must be true or false").optional(),
  tags: tagsSchema(MAX_TAGS).optional(),
  /** null moves the conversation out of its folder. */
  folderId: idSchema.nullable().optional(),
  currentLeafId: idSchema.optional(),
});

export const listConversationsSchema = z.strictObject({
  limit: limitParamSchema(100, 30),
  cursor: z.string("must be text").max(200, "is not a valid cursor").optional(),
  archived: booleanParamSchema.default(false),
  /** A folder's id, or "none" for conversations in no folder; absent means every folder. */
  folderId: z.union([z.literal("none"), idSchema], "must be a folder id or none").optional(),
  /** Only conversations carrying this tag. */
  tag: tagSchema.optional(),
});

export const searchConversationsSchema = z.strictObject({
  q: z
    .string("must be text")
    .trim()
    .min(1, "must not be empty")
    .max(100, "must be at most 100 characters"),
  limit: limitParamSchema(50, 20),
});

const EXPORT_FORMATS = ["md", "json"] as const;

export const exportQuerySchema = z.object({
  format: z.enum(EXPORT_FORMATS, "must be md or json").default("md"),
});
