import { randomUUID } from "node:crypto";
import { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
import { ArenaMessage } from "@/models/arena-message";
import { Conversation } from "@/models/conversation";
import { Message, type MessageDoc } from "@/models/message";
import { findOwnedSession } from "./access";
import { continueArenaSchema } from "./schemas";

/**
 * Opens a normal conversation seeded with one panel's history (its prompts
 * and its own answers), with the panel's model and config, to go on there.
 */
export async function continueArenaPanel(
  actor: SessionUser,
  id: string,
  input: unknown,
): Promise<{ conversationId: string }> {
  const { panel: index } = parseInput(continueArenaSchema, input);
  const session = await findOwnedSession(actor, id);
  const panel = session.panels[index];
  if (!panel) {
    throw AppError.badRequest(`panel: this session has ${session.panels.length} panels`, {
      panel: [`must be below ${session.panels.length}`],
    });
  }
  if (!session.revealed) {
    throw AppError.conflict("Vote first: a chat would show which model this panel is.");
  }
  const history = await ArenaMessage.find({ session_id: session._id, user_id: actor.id })
    .sort({ created_at: 1, _id: 1 })
    .lean();
  const replies = new Map(
    history
      .filter(
        (m) =>
          m.role === "assistant" &&
          m.panel === index &&
          !m.is_error &&
          m.status !== "streaming" &&
          m.parent_id,
      )
      .map((m) => [m.parent_id?.toString(), m]),
  );

  const conversationId = new Types.ObjectId();
  const messages: Partial<MessageDoc>[] = [];
  let parentId: Types.ObjectId | null = null;
  for (const prompt of history) {
    if (prompt.role !== "user") continue;
    const reply = replies.get(prompt._id.toString());
    if (!reply) continue;
    for (const message of [prompt, reply]) {
      const _id: Types.ObjectId = new Types.ObjectId();
      messages.push({
        _id,
        conversation_id: conversationId,
        user_id: new Types.ObjectId(actor.id),
        parent_id: parentId,
        client_id: randomUUID(),
        role: message.role,
        content: message.content,
        ...(message.role === "assistant" ? { metadata: message.metadata } : {}),
      });
      parentId = _id;
    }
  }

  await Conversation.create({
    _id: conversationId,
    user_id: actor.id,
    title: session.title,
    model_id: panel.model_id,
    config_id: panel.config_id,
    message_count: messages.length,
    current_leaf_id: parentId,
    last_message_at: new Date(),
  });
  if (messages.length > 0) await Message.insertMany(messages);
  await publishEvent(actor.id, "conversation.updated", {
    conversationId: conversationId.toString(),
  });
  return { conversationId: conversationId.toString() };
}
