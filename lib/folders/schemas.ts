import { z } from "zod";
import { FOLDER_COLORS } from "./colors";

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });
// Keycaps (1️⃣) and flags are emoji without an Extended_Pictographic code point.
const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\u20e3/u;

function isOneEmoji(text: string): boolean {
  return [...graphemes.segment(text)].length === 1 && EMOJI.test(text);
}

const nameSchema = z
  .string("must be text")
  .trim()
  .min(1, "must not be empty")
  .max(60, "must be at most 60 characters");

const colorSchema = z.enum(FOLDER_COLORS, `must be one of ${FOLDER_COLORS.join(", ")}`);

const iconSchema = z
  .string("must be text")
  .trim()
  .max(32, "must be one emoji or empty")
  .refine((icon) => icon === "" || isOneEmoji(icon), "must be one emoji or empty");

export const createFolderSchema = z.strictObject({
  name: nameSchema,
  color: colorSchema.default("gray"),
  icon: iconSchema.default(""),
});

export const updateFolderSchema = z.strictObject({
  name: nameSchema.optional(),
  color: colorSchema.optional(),
  icon: iconSchema.optional(),
});
