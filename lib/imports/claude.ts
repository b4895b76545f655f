import { z } from "zod";
import { exportFormat } from "./format";
import { fromIso } from "./shape";
import { type ImportedMessage, nearestKept, plainConversation, plainMessage } from "./tree";

const fileSchema = z.object({ file_name: z.string().nullish() });

const messageSchema = z.object({
  uuid: z.string(),
  text: z.string().nullish(),
  content: z.array(z.object({ type: z.string(), text: z.string().nullish() })).nullish(),
  sender: z.string(),
  created_at: z.string(),
  parent_message_uuid: z.string().nullish(),
  attachments: z.array(fileSchema).nullish(),
  files: z.array(fileSchema).nullish(),
});

const conversationSchema = z.object({
  uuid: z.string(),
  name: z.string().nullish(),
  created_at: z.string(),
  updated_at: z.string().nullish(),
  chat_messages: z.array(messageSchema),
  current_leaf_message_uuid: z.string().nullish(),
});

type ClaudeMessage = z.infer<typeof messageSchema>;

const SENDERS = new Set(["human", "assistant"]);

/**
 * Claude's `conversations.json`. Messages name their parent when the
 * conversation branched; without parent ids it is one line in list order.
 */
export const claudeFormat = exportFormat(["chat_messages"], conversationSchema, toConversation);

function toConversation(raw: z.infer<typeof conversationSchema>) {
  const createdAt = fromIso(raw.created_at) ?? new Date();
  const linear = raw.chat_messages.every((message) => !message.parent_message_uuid);
  const parents = new Map<string, string | null>();
  const kept = new Map<string, string>();
  let previous: string | null = null;
  for (const message of raw.chat_messages) {
    parents.set(message.uuid, linear ? previous : (message.parent_message_uuid ?? null));
    previous = message.uuid;
    const content = messageText(message);
    if (content !== null && SENDERS.has(message.sender)) kept.set(message.uuid, content);
  }

  const messages: ImportedMessage[] = raw.chat_messages.flatMap((message) => {
    const content = kept.get(message.uuid);
    if (content === undefined) return [];
    return plainMessage({
      key: message.uuid,
      parentKey: nearestKept(parents.get(message.uuid), (at) => parents.get(at), kept),
      role: message.sender === "human" ? "user" : "assistant",
      content,
      createdAt: fromIso(message.created_at) ?? createdAt,
    });
  });
  return plainConversation({
    source: "claude",
    title: raw.name ?? "",
    createdAt,
    updatedAt: fromIso(raw.updated_at) ?? messages.at(-1)?.createdAt ?? createdAt,
    currentLeafKey: nearestKept(raw.current_leaf_message_uuid, (at) => parents.get(at), kept),
    messages,
  });
}

/**
 * The message's text blocks (tool calls and thinking stay out), after a
 * note of each file it carried; null when nothing is left to show.
 */
function messageText(message: ClaudeMessage): string | null {
  const blocks = (message.content ?? []).flatMap((block) =>
    block.type === "text" && block.text ? [block.text] : [],
  );
  const text = blocks.length > 0 ? blocks.join("\n\n") : (message.text ?? "");
  const files = [...(message.attachments ?? []), ...(message.files ?? [])].map(
    (file) => `[file: ${file.file_name || "attachment"}]`,
  );
  const joined = [...files, text].filter((piece) => piece.trim() !== "").join("\n\n");
  return joined === "" ? null : joined;
}
