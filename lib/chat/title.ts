import type { Types } from "mongoose";
import { generateTitle } from "@/lib/llm/stream-chat";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { Conversation } from "@/models/conversation";

export const DEFAULT_TITLE = "New conversation";

/** The first words of the first message, shown until the model's title arrives. */
export function provisionalTitle(text: string): string {
  const words = text.replace(/\s+/g, " ").trim();
  if (words.length <= 50) return words || DEFAULT_TITLE;
  return `${words.slice(0, 50).replace(/\s\S*$/, "")}…`;
}

/**
 * Asks the model for a short title after the first exchange, in the
 * background. It replaces the provisional title only if the user has not
 * renamed the conversation meanwhile.
 */
export function refineTitle(input: {
  conversationId: Types.ObjectId;
  userId: string;
  modelId: string;
  provisional: string;
  userText: string;
  assistantText: string;
}): void {
  void generateTitle({
    modelId: input.modelId,
    userText: input.userText,
    assistantText: input.assistantText,
  })
    .then(async (title) => {
      const { modifiedCount } = await Conversation.updateOne(
        { _id: input.conversationId, user_id: input.userId, title: input.provisional },
        { $set: { title } },
      );
      if (modifiedCount === 0) return;
      await publishEvent(input.userId, "conversation.updated", {
        conversationId: input.conversationId.toString(),
      });
    })
    .catch((error: unknown) => log.warn("title generation failed", { error }));
}
