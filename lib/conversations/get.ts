import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConversation } from "@/lib/conversations/access";
import type { ConversationWithMessagesDto } from "@/lib/conversations/dto";
import { findConversationMessages } from "@/lib/conversations/messages";
import { toConversationDto, toMessageDto } from "@/lib/conversations/to-dto";

/** A conversation with its whole message tree; the client picks the branch to show. */
export async function getConversation(
  actor: SessionUser,
  id: string,
): Promise<ConversationWithMessagesDto> {
  const conversation = await findOwnedConversation(actor, id);
  const messages = await findConversationMessages(actor, conversation._id);
  return { conversation: toConversationDto(conversation), messages: messages.map(toMessageDto) };
}
