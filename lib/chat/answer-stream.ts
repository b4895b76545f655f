import type { UIMessageChunk } from "ai";
import type { Types } from "mongoose";
import { followLive } from "@/lib/realtime/live-stream";
import { Message, type MessageDoc, messageStatus } from "@/models/message";
import type { ReplyMetadata } from "./generation";

const TEXT_ID = "text";
const INTERRUPTED_MESSAGE = "This answer was interrupted.";

/** The live stream an answer is written to while it runs. */
export function answerStreamKey(messageId: string): string {
  return `answer:${messageId}`;
}

/**
 * A running answer's UI message stream, replayed from its start and followed
 * to its end, wherever it runs; null when it runs nowhere (it ended, or its
 * process died and recovery will finish it).
 */
export function followAnswer(
  messageId: Types.ObjectId,
): Promise<ReadableStream<UIMessageChunk> | null> {
  return followLive<UIMessageChunk>(
    answerStreamKey(messageId.toString()),
    async () => (await Message.exists({ _id: messageId, status: "streaming" })) !== null,
  );
}

/**
 * An answer that ended, told as the stream that said it: its start, its text,
 * then `finish` with the metadata the live stream ends with, or its error.
 */
export function storedAnswerStream(answer: MessageDoc): ReadableStream<UIMessageChunk> {
  const { metadata } = answer;
  const userMessageId = answer.parent_id?.toString() ?? "";
  const modelId = metadata.model_id ?? "";
  const status = messageStatus(answer);
  const failed = status === "error" || status === "interrupted" || status === "streaming";
  const reply: ReplyMetadata = {
    userMessageId,
    assistantMessageId: answer._id.toString(),
    modelId,
    promptTokens: metadata.tokens.prompt,
    completionTokens: metadata.tokens.completion,
    costUsd: metadata.cost_usd,
    generationTimeMs: metadata.generation_time_ms ?? 0,
    finishReason: metadata.finish_reason ?? status,
  };
  const chunks: UIMessageChunk[] = [
    {
      type: "start",
      messageId: answer._id.toString(),
      messageMetadata: { userMessageId, modelId, contextDropped: metadata.context_dropped ?? 0 },
    },
    { type: "text-start", id: TEXT_ID },
    ...(answer.content
      ? [{ type: "text-delta" as const, id: TEXT_ID, delta: answer.content }]
      : []),
    { type: "text-end", id: TEXT_ID },
    failed
      ? { type: "error", errorText: answer.error_message ?? INTERRUPTED_MESSAGE }
      : { type: "finish", messageMetadata: reply },
  ];
  return new ReadableStream<UIMessageChunk>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(chunk);
      controller.close();
    },
  });
}

/**
 * The answer to a user message sent again: the newest answer to it,
 * followed live while it runs or told from its record once it ended; null
 * when it has none (the first send failed before its answer was stored).
 */
export async function answerOfRepeat(
  userMessage: Pick<MessageDoc, "_id" | "conversation_id" | "user_id">,
): Promise<ReadableStream<UIMessageChunk> | null> {
  const answer = await Message.findOne({
    conversation_id: userMessage.conversation_id,
    role: "assistant",
    parent_id: userMessage._id,
    user_id: userMessage.user_id,
  })
    .sort({ created_at: -1, _id: -1 })
    .lean();
  if (!answer) return null;
  if (messageStatus(answer) === "streaming") {
    const live = await followAnswer(answer._id);
    if (live) return live;
  }
  return storedAnswerStream(answer);
}
