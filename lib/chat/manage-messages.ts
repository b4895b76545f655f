import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
import { Conversation } from "@/models/conversation";
import { Message } from "@/models/message";
import { stopReplySchema } from "./schemas";
import { stopAnywhere } from "./stop-signal";

/**
 * Stops the user's reply `messageId` if it is still being written, on
 * whichever instance writes it; the partial answer is kept, as far as the
 * browser says it was shown.
 */
export async function stopReply(
  actor: SessionUser,
  conversationId: string,
  messageId: string,
  input: unknown,
): Promise<void> {
  const { shown } = parseInput(stopReplySchema, input);
  const conversation = await findOwnedConversation(actor, conversationId);
  const _id = toObjectId(messageId);
  const running =
    _id &&
    (await Message.exists({
      _id,
      conversation_id: conversation._id,
      user_id: actor.id,
      status: "streaming",
    }));
  if (running) await stopAnywhere(messageId, actor.id, shown);
}

/**
 * Deletes a message with every reply below it. If the branch on show went
 * through it, the conversation shows its parent's branch instead.
 */
export async function deleteMessage(
  actor: SessionUser,
  conversationId: string,
  messageId: string,
): Promise<void> {
  const conversation = await findOwnedConversation(actor, conversationId);
  const _id = toObjectId(messageId);
  const scope = { conversation_id: conversation._id, user_id: actor.id };
  const all = await Message.find(scope).select("_id parent_id status").lean();
  const target = _id && all.find((message) => message._id.equals(_id));
  if (!target) throw AppError.notFound("message");

  const doomed = new Set([target._id.toString()]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const message of all) {
      const id = message._id.toString();
      if (!doomed.has(id) && message.parent_id && doomed.has(message.parent_id.toString())) {
        doomed.add(id);
        grew = true;
      }
    }
  }

  const branch = all.filter((message) => doomed.has(message._id.toString()));
  // A running answer is counted and billed when it ends: it must end first.
  if (branch.some((message) => message.status === "streaming")) {
    throw AppError.conflict("An answer in this branch is still being written. Stop it first.");
  }
  const ids = branch.map((m) => m._id);
  await Message.deleteMany({ ...scope, _id: { $in: ids } });
  const leaf = conversation.current_leaf_id?.toString();
  await Conversation.updateOne(
    { _id: conversation._id, user_id: actor.id },
    {
      $inc: { message_count: -ids.length },
      ...(leaf && doomed.has(leaf) ? { $set: { current_leaf_id: target.parent_id } } : {}),
    },
  );
  await publishEvent(actor.id, "conversation.updated", {
    conversationId: conversation._id.toString(),
  });
}
