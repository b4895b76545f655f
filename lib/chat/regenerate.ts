import type { UIMessageChunk } from "ai";
import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import { findOwned } from "@/lib/db/find-owned";
import { AppError } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { Message } from "@/models/message";
import { loadBranch, toModelMessages } from "./history";
import { admit, answer, planReply, releaseTokens } from "./reply";
import { resolveModel } from "./resolve-model";
import { regenerateSchema } from "./schemas";
import { allowanceOf } from "./token-budget";

/**
 * Answers a user message again. `messageId` is the answer to replace (or the
 * user message itself); the new answer is its sibling, so nothing is lost
 * and the UI can switch between versions.
 */
export async function regenerateReply(
  actor: SessionUser,
  conversationId: string,
  messageId: string,
  raw: unknown,
): Promise<ReadableStream<UIMessageChunk>> {
  const input = parseInput(regenerateSchema, raw);
  const [conversation, allowance] = await Promise.all([
    findOwnedConversation(actor, conversationId),
    allowanceOf(actor),
  ]);
  const message = await findOwned("message", messageId, (_id) =>
    Message.findOne({ _id, conversation_id: conversation._id, user_id: actor.id }).lean(),
  );
  const userMessageId = message.role === "user" ? message._id : message.parent_id;
  if (!userMessageId) throw AppError.badRequest("There is no question to answer again.");

  const resolved = await resolveModel(actor, conversation, input);
  await enforceRateLimit("model", [`user:${actor.id}`]);
  const branch = await loadBranch(conversation._id, actor.id, userMessageId);
  const userMessage = branch.at(-1);
  if (userMessage?.role !== "user") throw AppError.notFound("message");
  const plan = planReply(
    actor,
    conversation,
    resolved,
    await toModelMessages(actor, branch, resolved.model),
  );

  const reservation = await admit(plan, allowance);
  try {
    return await answer(plan, reservation, userMessage, false);
  } catch (error) {
    await releaseTokens(reservation);
    throw error;
  }
}
