import { regenerateSchema, sendMessageSchema } from "@/lib/chat/schemas";
import { NO_CONTENT, tagged } from "@/lib/http/contract";

const message = tagged("Messages");

export const messageContracts = {
  send: message(
    "post",
    "/api/conversations/{id}/messages",
    "Send a message; the reply streams as an AI SDK UI message stream. The same clientId (or Idempotency-Key header) again is answered once: it follows or replays the first answer",
    // Attachments are sent as file ids, so the body stays small.
    { body: sendMessageSchema, maxBodyBytes: 512 * 1024, answer: "ui-stream" },
  ),
  follow: message(
    "get",
    "/api/conversations/{id}/messages/{messageId}/stream",
    "A running answer as the same UI message stream, replayed from its start and followed live; 204 when it no longer runs (read the stored message)",
    { answer: "ui-stream" },
  ),
  remove: message(
    "delete",
    "/api/conversations/{id}/messages/{messageId}",
    "Delete a message and the branch below it",
    NO_CONTENT,
  ),
  regenerate: message(
    "post",
    "/api/conversations/{id}/messages/{messageId}/regenerate",
    "Answer a message again, as a new sibling reply",
    { body: regenerateSchema, answer: "ui-stream" },
  ),
  stop: message(
    "post",
    "/api/conversations/{id}/messages/{messageId}/stop",
    "Stop a reply that is streaming; the partial answer is kept",
    NO_CONTENT,
  ),
};
