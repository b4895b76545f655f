import { AppError } from "@/lib/errors";
import type { ImageAnswer } from "@/lib/llm/generate-image";

const MAX_QUOTE = 200;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (!flat) return "";
  return `: “${flat.length > MAX_QUOTE ? `${flat.slice(0, MAX_QUOTE)}…` : flat}”`;
}

/**
 * Why an answer brought no image, in words a person can act on: a refusal
 * (the provider's content filter) asks for another prompt; words instead of
 * a picture ask to try again. The model's own words are quoted.
 */
export function noImageError(answer: Pick<ImageAnswer, "text" | "finishReason">): AppError {
  if (answer.finishReason === "content_filter") {
    return new AppError(
      "image_refused",
      400,
      `The model refused to make this image${quote(answer.text) || "."} Change the prompt and try again.`,
    );
  }
  return new AppError(
    "no_image",
    502,
    `The model answered without an image${quote(answer.text) || "."} Try again, or describe more plainly the picture you want.`,
  );
}
