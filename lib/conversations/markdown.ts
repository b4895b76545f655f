import type { ConversationDoc } from "@/models/conversation";
import type { MessageDoc, MessageRole } from "@/models/message";

const ROLE_LABELS: Record<MessageRole, string> = {
  user: "User",
  assistant: "Assistant",
  system: "System",
};

/** One branch of a conversation as a Markdown document: title, model and times, then each turn. */
export function conversationToMarkdown(
  conversation: ConversationDoc,
  branch: MessageDoc[],
  exportedAt: Date,
): string {
  const lines = [
    `# ${oneLine(conversation.title)}`,
    "",
    `- Model: ${conversation.model_id ?? "not set"}`,
    `- Created: ${conversation.created_at.toISOString()}`,
    `- Last message: ${conversation.last_message_at.toISOString()}`,
    `- Exported: ${exportedAt.toISOString()}`,
  ];
  for (const message of branch) {
    lines.push("", "---", "", `## ${heading(message)}`, "", message.content);
    if (message.attachments.length > 0) {
      const names = message.attachments.map((attachment) => oneLine(attachment.name));
      lines.push("", `Attachments: ${names.join(", ")}`);
    }
    if (message.is_error) lines.push("", `> Error: ${oneLine(message.error_message ?? "unknown")}`);
  }
  return `${lines.join("\n")}\n`;
}

function heading(message: MessageDoc): string {
  const model = message.role === "assistant" ? message.metadata.model_id : null;
  const who = model ? `${ROLE_LABELS[message.role]} (${model})` : ROLE_LABELS[message.role];
  return `${who} · ${message.created_at.toISOString()}`;
}

/** Keeps user text from breaking out of a heading or list line. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
