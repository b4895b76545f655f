import type { ToolCall } from "@/lib/chat/model-run";
import { acceptsImages } from "@/lib/chat/shared/models";
import { AppError } from "@/lib/errors";
import { detectFileType } from "@/lib/files/detect";
import type { ModelInfo } from "@/lib/llm/catalogue";
import { readImageUrl } from "./image-url";
import type { ChatCompletionMessage, ChatCompletionPart } from "./schemas";

type ApiImage = { kind: "inline"; bytes: Buffer; mediaType: string } | { kind: "link"; url: URL };

type ApiPart = { type: "text"; text: string } | { type: "image"; image: ApiImage };

/** A request message with its images checked and decoded. */
export interface ApiMessage {
  role: ChatCompletionMessage["role"];
  parts: ApiPart[];
  /** An answer's tool calls; empty for every other message. */
  toolCalls: ToolCall[];
  /** For a tool's result: the call it answers. */
  toolCallId: string | null;
}

function imageFields(messages: ChatCompletionMessage[]): string[] {
  return messages.flatMap((message, m) =>
    typeof message.content === "string" || message.content == null
      ? []
      : message.content.flatMap((part, p) =>
          part.type === "image_url" ? [`messages.${m}.content.${p}`] : [],
        ),
  );
}

async function toPart(part: ChatCompletionPart, field: string): Promise<ApiPart> {
  if (part.type === "text") return { type: "text", text: part.text };
  const read = readImageUrl(part.image_url.url);
  // The schema has refused such a URL already; this keeps the types honest.
  if ("problem" in read) throw AppError.badRequest(`${field}: ${read.problem}`);
  if (read.image.kind === "link") return { type: "image", image: read.image };

  const bytes = Buffer.from(read.image.base64, "base64");
  const type = await detectFileType(bytes, "");
  if (type?.kind !== "image") {
    const problem = "is not a PNG, JPEG, WebP or GIF image";
    throw new AppError("invalid_image", 400, `${field}: ${problem}`, { [field]: [problem] });
  }
  return { type: "image", image: { kind: "inline", bytes, mediaType: type.mimeType } };
}

function toParts(content: ChatCompletionMessage["content"], m: number): Promise<ApiPart[]> {
  if (content == null) return Promise.resolve([]);
  if (typeof content === "string") return Promise.resolve([{ type: "text", text: content }]);
  return Promise.all(
    content.map((part, p) => toPart(part, `messages.${m}.content.${p}.image_url.url`)),
  );
}

/**
 * The request's messages with their images checked before anything is billed
 * or sent: none at all for a model whose catalogue entry takes no image
 * input, and inline images only if their bytes are what the chat's uploads
 * accept (the declared type in the data: URL is not trusted).
 */
export async function readMessages(
  messages: ChatCompletionMessage[],
  model: ModelInfo,
): Promise<ApiMessage[]> {
  const [firstImage] = imageFields(messages);
  if (firstImage !== undefined && !acceptsImages(model)) {
    throw new AppError(
      "images_not_supported",
      400,
      `The model ${model.id} cannot read images: send text only, or choose a model that takes image input.`,
      { [firstImage]: ["the model does not take image input"] },
    );
  }
  return Promise.all(
    messages.map(async (message, m) => ({
      role: message.role,
      parts: await toParts(message.content, m),
      toolCalls: (message.tool_calls ?? []).map((call) => ({
        id: call.id,
        name: call.function.name,
        arguments: call.function.arguments,
      })),
      toolCallId: message.tool_call_id ?? null,
    })),
  );
}
