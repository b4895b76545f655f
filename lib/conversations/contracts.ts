import {
  createConversationSchema,
  exportQuerySchema,
  listConversationsSchema,
  searchConversationsSchema,
  updateConversationSchema,
} from "@/lib/conversations/schemas";
import { creates, NO_CONTENT, tagged } from "@/lib/http/contract";

const conversation = tagged("Conversations");

export const conversationContracts = {
  list: conversation(
    "get",
    "/api/conversations",
    "List conversations, newest first (cursor pages), or search them with q",
    { query: listConversationsSchema.or(searchConversationsSchema) },
  ),
  create: conversation(
    "post",
    "/api/conversations",
    "Start a conversation",
    creates(createConversationSchema),
  ),
  get: conversation(
    "get",
    "/api/conversations/{id}",
    "A conversation with its messages; each message's status is streaming, complete, stopped, error or interrupted",
  ),
  update: conversation(
    "patch",
    "/api/conversations/{id}",
    "Rename, move, pin, tag or archive a conversation",
    { body: updateConversationSchema },
  ),
  remove: conversation(
    "delete",
    "/api/conversations/{id}",
    "Delete a conversation and its messages",
    NO_CONTENT,
  ),
  export: conversation(
    "get",
    "/api/conversations/{id}/export",
    "Download a conversation as Markdown or JSON",
    { query: exportQuerySchema, answer: "download", limit: "export" },
  ),
};
