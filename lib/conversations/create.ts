import type { SessionUser } from "@/lib/auth/types";
import { countConfigUse } from "@/lib/configs/uses";
import type { ConversationDto } from "@/lib/conversations/dto";
import { createConversationSchema } from "@/lib/conversations/schemas";
import { toConversationDto } from "@/lib/conversations/to-dto";
import { connectDb } from "@/lib/db/connect";
import { countIntoFolder, countOutOfFolder } from "@/lib/folders/counts";
import { publishEvent } from "@/lib/realtime/events";
import { parseInput } from "@/lib/validation";
import { Conversation } from "@/models/conversation";

/**
 * Starts a conversation, optionally in one of the actor's folders. Owner,
 * counters and stats never come from the input.
 */
export async function createConversation(
  actor: SessionUser,
  input: unknown,
): Promise<ConversationDto> {
  const { title, modelId, configId, folderId } = parseInput(createConversationSchema, input);

  await connectDb();
  if (configId) await countConfigUse(actor, configId);
  // Counted first: that update is also the check that the folder is the actor's.
  if (folderId) await countIntoFolder(actor, folderId);
  try {
    const created = await Conversation.create({
      user_id: actor.id,
      title,
      model_id: modelId ?? null,
      config_id: configId ?? null,
      folder_id: folderId ?? null,
    });
    await publishEvent(actor.id, "conversation.updated", {
      conversationId: created._id.toString(),
    });
    return toConversationDto(created.toObject());
  } catch (error) {
    if (folderId) await countOutOfFolder(actor, folderId);
    throw error;
  }
}
