import { randomUUID } from "node:crypto";
import type { UIMessageChunk } from "ai";
import type { Types } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { findOwned } from "@/lib/db/find-owned";
import { AppError, isDuplicateKey } from "@/lib/errors";
import { toModelParts } from "@/lib/files/model-parts";
import { resolveOwnedFiles } from "@/lib/files/owned";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import type { ConversationDoc } from "@/models/conversation";
import type { FileDoc } from "@/models/file";
import { Message, type MessageDoc } from "@/models/message";
import { answerOfRepeat } from "./answer-stream";
import { loadBranch, toModelMessages } from "./history";
import { admit, answer, planReply, releaseTokens } from "./reply";
import { resolveModel } from "./resolve-model";
import { type SendMessageInput, sendMessageSchema } from "./schemas";
import { allowanceOf } from "./token-budget";

/**
 * Sends a user message and streams the answer. The order matters: validate,
 * authorise, check the rate and token limits, save the user message, and
 * only then call the model, so a failure upstream never loses what the user
 * wrote.
 */
export async function sendMessage(
  actor: SessionUser,
  conversationId: string,
  raw: unknown,
): Promise<ReadableStream<UIMessageChunk>> {
  const input = parseInput(sendMessageSchema, raw);
  const [conversation, allowance] = await Promise.all([
    findOwnedConversation(actor, conversationId),
    allowanceOf(actor),
  ]);
  // Sent before: answered once, so no limit counts it and nothing is billed again.
  const repeated = input.clientId ? await findSent(conversation, input.clientId) : null;
  const earlier = repeated ? await answerOfRepeat(repeated) : null;
  if (earlier) return earlier;

  const resolved = await resolveModel(actor, conversation, input);
  await enforceRateLimit("model", [`user:${actor.id}`]);

  const placement = await placeMessage(conversation, input);
  const files = input.attachments.length ? await resolveOwnedFiles(actor, input.attachments) : [];
  const branch = await loadBranch(conversation._id, actor.id, placement.parentId);
  const supportsImages = resolved.model?.inputModalities.includes("image") ?? true;
  const parts = await toModelParts(files, { supportsImages });
  const messages = [
    ...(await toModelMessages(actor, branch, resolved.model)),
    {
      role: "user" as const,
      content: parts.length
        ? [{ type: "text" as const, text: input.content }, ...parts]
        : input.content,
    },
  ];
  const plan = planReply(actor, conversation, resolved, messages);

  const reservation = await admit(plan, allowance);
  let message: MessageDoc | undefined;
  let replay: ReadableStream<UIMessageChunk> | null;
  try {
    const saved = await saveUserMessage(actor, conversation, input, placement, files);
    message = saved.message;
    // The same message arrived twice at once and the other request stored it.
    replay = saved.inserted ? null : await answerOfRepeat(message);
    // The first answer to a message also counts the message, whichever request stores it.
    if (!replay) return await answer(plan, reservation, message, true, firstAnswerId(message));
  } catch (error) {
    await releaseTokens(reservation);
    // The other request stored its answer first: follow that one.
    const following = isDuplicateKey(error) && message ? await answerOfRepeat(message) : null;
    if (following) return following;
    throw error;
  }
  await releaseTokens(reservation);
  return replay;
}

/**
 * The client id of the first answer to a sent message: user client ids
 * have no colon, so it is never another message's, and the unique index
 * lets only one answer to the message take it.
 */
function firstAnswerId(message: MessageDoc): string {
  return `answer:${message.client_id}`;
}

/** The user message this conversation already holds under `clientId`, if any. */
function findSent(conversation: ConversationDoc, clientId: string): Promise<MessageDoc | null> {
  return Message.findOne({
    conversation_id: conversation._id,
    user_id: conversation.user_id,
    client_id: clientId,
    role: "user",
  }).lean();
}

interface Placement {
  parentId: Types.ObjectId | null;
  edited: MessageDoc | null;
}

/** Where the new message hangs in the tree; every id named must be a message of this conversation. */
async function placeMessage(
  conversation: ConversationDoc,
  input: SendMessageInput,
): Promise<Placement> {
  if (input.editOf) {
    const edited = await findMessage(conversation, input.editOf, "message being edited");
    if (edited.role !== "user") {
      throw AppError.badRequest("editOf: only your own messages can be edited", {
        editOf: ["only your own messages can be edited"],
      });
    }
    return { parentId: edited.parent_id, edited };
  }
  if (input.parentId === null) return { parentId: null, edited: null };
  if (input.parentId !== undefined) {
    const parent = await findMessage(conversation, input.parentId, "parent message");
    return { parentId: parent._id, edited: null };
  }
  return { parentId: conversation.current_leaf_id, edited: null };
}

async function findMessage(conversation: ConversationDoc, id: string, what: string) {
  return findOwned(what, id, (_id) =>
    Message.findOne({
      _id,
      conversation_id: conversation._id,
      user_id: conversation.user_id,
    }).lean(),
  );
}

/**
 * Stores the user message once. The same clientId sent again (a double
 * click, or a retry after a network error) finds the stored message, and
 * the unique index settles two identical requests racing each other.
 */
async function saveUserMessage(
  actor: SessionUser,
  conversation: ConversationDoc,
  input: SendMessageInput,
  placement: Placement,
  files: FileDoc[],
): Promise<{ message: MessageDoc; inserted: boolean }> {
  const clientId = input.clientId ?? randomUUID();
  try {
    const created = await Message.create({
      conversation_id: conversation._id,
      user_id: actor.id,
      parent_id: placement.parentId,
      client_id: clientId,
      role: "user",
      content: input.content,
      attachments: files.map((file) => ({
        type: file.mime_type,
        url: `/api/files/${file._id.toString()}`,
        name: file.name,
        size: file.size,
        file_id: file._id.toString(),
      })),
      is_edited: placement.edited !== null,
      edit_history: placement.edited
        ? [
            ...placement.edited.edit_history,
            { content: placement.edited.content, edited_at: new Date() },
          ]
        : [],
    });
    return { message: created.toObject(), inserted: true };
  } catch (error) {
    if (!isDuplicateKey(error)) throw error;
    const existing = await Message.findOne({
      conversation_id: conversation._id,
      user_id: actor.id,
      client_id: clientId,
      role: "user",
    }).lean();
    if (!existing) throw AppError.conflict("This message id is already used by another message.");
    return { message: existing, inserted: false };
  }
}
