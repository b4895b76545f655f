import { z } from "zod";
import { exportFormat } from "./format";
import { fromSeconds } from "./shape";
import { type ImportedMessage, nearestKept, plainConversation, plainMessage } from "./tree";

const messageSchema = z.object({
  author: z.object({ role: z.string() }),
  content: z.object({
    content_type: z.string(),
    parts: z.array(z.unknown()).nullish(),
    text: z.string().nullish(),
  }),
  create_time: z.number().nullish(),
  metadata: z.record(z.string(), z.unknown()).nullish(),
  recipient: z.string().nullish(),
});

const conversationSchema = z.object({
  title: z.string().nullish(),
  create_time: z.number().nullish(),
  update_time: z.number().nullish(),
  mapping: z.record(
    z.string(),
    z.object({ message: messageSchema.nullish(), parent: z.string().nullish() }),
  ),
  current_node: z.string().nullish(),
});

type ChatGptMessage = z.infer<typeof messageSchema>;

/** What ChatGPT keeps out of the thread it shows: reasoning, memory, custom instructions. */
const HIDDEN_CONTENT = new Set([
  "thoughts",
  "reasoning_recap",
  "user_editable_context",
  "model_editable_context",
  "system_error",
]);

/** The parts of a message that are not text, by their content type. */
const PLACEHOLDERS = new Map<unknown, string>([
  ["image_asset_pointer", "[image]"],
  ["audio_asset_pointer", "[audio]"],
  ["real_time_user_audio_video_asset_pointer", "[video]"],
]);

/**
 * ChatGPT's `conversations.json`: each conversation is a tree of nodes by
 * parent id, with edits and regenerations as siblings. Only what its own
 * thread shows is kept; a hidden node's children hang from its nearest
 * shown ancestor.
 */
export const chatGptFormat = exportFormat(["mapping"], conversationSchema, toConversation);

function toConversation(raw: z.infer<typeof conversationSchema>) {
  const nodes = new Map(Object.entries(raw.mapping));
  const shown = new Map<string, { message: ChatGptMessage; text: string }>();
  for (const [id, node] of nodes) {
    const text = node.message ? shownText(node.message) : null;
    if (node.message && text) shown.set(id, { message: node.message, text });
  }
  const nearestShown = (id: string | null | undefined) =>
    nearestKept(id, (at) => nodes.get(at)?.parent, shown);

  const times = [...shown.values()].flatMap(
    ({ message }) => fromSeconds(message.create_time)?.getTime() ?? [],
  );
  const createdAt =
    fromSeconds(raw.create_time) ?? new Date(times.reduce((a, b) => Math.min(a, b), Date.now()));
  const updatedAt =
    fromSeconds(raw.update_time) ??
    new Date(times.reduce((a, b) => Math.max(a, b), createdAt.getTime()));

  const messages: ImportedMessage[] = [];
  for (const [id, { message, text }] of shown) {
    const slug = message.metadata?.model_slug;
    messages.push(
      plainMessage(
        {
          key: id,
          parentKey: nearestShown(nodes.get(id)?.parent),
          role: message.author.role === "user" ? "user" : "assistant",
          content: text,
          createdAt: fromSeconds(message.create_time) ?? createdAt,
        },
        message.author.role === "assistant" && typeof slug === "string" ? slug : null,
      ),
    );
  }
  return plainConversation({
    source: "chatgpt",
    title: raw.title ?? "",
    createdAt,
    updatedAt,
    currentLeafKey: nearestShown(raw.current_node),
    messages,
  });
}

/** The text a message shows in ChatGPT's thread, or null for one it keeps hidden. */
function shownText(message: ChatGptMessage): string | null {
  const role = message.author.role;
  if (role !== "user" && role !== "assistant") return null;
  if (message.metadata?.is_visually_hidden_from_conversation) return null;
  // A call to a tool (code, browsing): its result reaches the thread in the answer after it.
  if (message.recipient && message.recipient !== "all") return null;
  const { content_type, parts, text } = message.content;
  if (HIDDEN_CONTENT.has(content_type)) return null;

  let pieces: string[];
  if (content_type === "code") pieces = text ? [`\`\`\`\n${text}\n\`\`\``] : [];
  else if (parts) pieces = parts.map(partText);
  else pieces = [text ?? `[${content_type}]`];
  const joined = pieces.filter((piece) => piece.trim() !== "").join("\n\n");
  return joined === "" ? null : joined;
}

function partText(part: unknown): string {
  if (typeof part === "string") return part;
  if (typeof part !== "object" || part === null) return "";
  const { content_type: type, text } = part as { content_type?: unknown; text?: unknown };
  if (type === "audio_transcription" && typeof text === "string") return text;
  return PLACEHOLDERS.get(type) ?? "[attachment]";
}
