import { DefaultChatTransport, type HttpChatTransportInitOptions } from "ai";
import { streamFetch } from "@/lib/http/client";
import { type ChatUIMessage, messageText, type SendFields } from "./types";

export function conversationPath(conversationId: string): string {
  return `/api/conversations/${encodeURIComponent(conversationId)}`;
}

/** The answer a conversation has running, as the server last said, for a resume. */
export interface RunningAnswer {
  id(): string | null;
  /** A resume found it no longer running: what the server stored is what to show. */
  ended(): void;
}

/**
 * Resumes only an answer the server said is running (a reload, a second
 * tab): it replays from its start and follows it. Without one there is
 * nothing to resume, and no request is made.
 */
class ConversationTransport extends DefaultChatTransport<ChatUIMessage> {
  constructor(
    options: HttpChatTransportInitOptions<ChatUIMessage>,
    private readonly running: RunningAnswer,
  ) {
    super(options);
  }

  override async reconnectToStream(
    options: Parameters<DefaultChatTransport<ChatUIMessage>["reconnectToStream"]>[0],
  ) {
    if (this.running.id() === null) return null;
    const stream = await super.reconnectToStream(options);
    if (stream === null) this.running.ended();
    return stream;
  }
}

/**
 * The chat transport for one conversation. The server keeps the history, so
 * a request carries only the new message's fields; a regeneration goes to
 * the message's own URL, and a resume to the running answer's stream.
 */
export function createChatTransport(conversationId: string, running: RunningAnswer) {
  const base = conversationPath(conversationId);
  return new ConversationTransport(
    {
      api: `${base}/messages`,
      credentials: "same-origin",
      fetch: streamFetch,
      prepareReconnectToStreamRequest: () => ({
        api: `${base}/messages/${encodeURIComponent(running.id() ?? "")}/stream`,
      }),
      prepareSendMessagesRequest: ({ messages, body, trigger, messageId }) => {
        const fields = (body ?? {}) as SendFields;
        if (trigger === "regenerate-message" && messageId) {
          return {
            api: `${base}/messages/${encodeURIComponent(messageId)}/regenerate`,
            body: pick({ model: fields.model, configId: fields.configId }),
          };
        }
        const last = messages[messages.length - 1];
        return {
          body: pick({
            content: last ? messageText(last) : "",
            clientId: last?.id,
            parentId: fields.parentId,
            editOf: fields.editOf,
            model: fields.model,
            configId: fields.configId,
            attachments: fields.attachments?.length ? fields.attachments : undefined,
          }),
        };
      },
    },
    running,
  );
}

function pick<T extends Record<string, unknown>>(fields: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
