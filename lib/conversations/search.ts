import type { SessionUser } from "@/lib/auth/types";
import type { ConversationSearchHitDto } from "@/lib/conversations/dto";
import { searchConversationsSchema } from "@/lib/conversations/schemas";
import { escapeRegex, snippetAround } from "@/lib/conversations/search-text";
import { CONVERSATION_SUMMARY_FIELDS, toConversationSummaryDto } from "@/lib/conversations/to-dto";
import { connectDb } from "@/lib/db/connect";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";
import { parseInput } from "@/lib/validation";
import { Conversation, type ConversationDoc } from "@/models/conversation";
import { Message } from "@/models/message";

/** How many matching messages are read: enough that one chatty conversation can't hide the rest. */
const MESSAGES_SCANNED = 500;

/**
 * The actor's conversations whose title or any message contains `q`, case
 * insensitively, most recent first. The embedded database has no text
 * index, so this is a literal regex match; the owner is in both filters.
 */
export async function searchConversations(
  actor: SessionUser,
  input: unknown,
): Promise<ConversationSearchHitDto[]> {
  const { q, limit } = parseInput(searchConversationsSchema, input);
  // Every search scans the actor's messages: cheap for a person, not for a script's loop.
  await enforceRateLimit("search", [`user:${actor.id}`]);
  const pattern = escapeRegex(q);
  const contains = { $regex: pattern, $options: "i" };

  await connectDb();
  const [byTitle, messages] = await Promise.all([
    Conversation.find({ user_id: actor.id, title: contains })
      .select(CONVERSATION_SUMMARY_FIELDS)
      .sort({ last_message_at: -1, _id: -1 })
      .limit(limit)
      .lean(),
    Message.find({ user_id: actor.id, content: contains })
      .select("conversation_id content")
      .sort({ created_at: -1, _id: -1 })
      .limit(MESSAGES_SCANNED)
      .lean(),
  ]);

  // The newest matching message of each conversation gives its snippet.
  const snippets = new Map<string, string>();
  for (const message of messages) {
    const key = message.conversation_id.toString();
    if (!snippets.has(key)) snippets.set(key, snippetAround(message.content, pattern));
  }

  const found = new Map<string, ConversationDoc>(byTitle.map((doc) => [doc._id.toString(), doc]));
  const missing = [...snippets.keys()].filter((id) => !found.has(id));
  if (missing.length > 0) {
    const byMessage = await Conversation.find({ _id: { $in: missing }, user_id: actor.id })
      .select(CONVERSATION_SUMMARY_FIELDS)
      .lean();
    for (const doc of byMessage) found.set(doc._id.toString(), doc);
  }

  return [...found.values()]
    .sort(
      (a, b) =>
        b.last_message_at.getTime() - a.last_message_at.getTime() ||
        b._id.toString().localeCompare(a._id.toString()),
    )
    .slice(0, limit)
    .map((doc) => ({
      ...toConversationSummaryDto(doc),
      snippet: snippets.get(doc._id.toString()) ?? null,
    }));
}
