import type { Types } from "mongoose";
import { publishEvent } from "@/lib/realtime/events";
import type { LiveEventData } from "@/lib/realtime/shared/events";
import type { RunOutcome } from "./model-run";

interface Answer {
  userId: string;
  conversationId: Types.ObjectId;
  assistantId: Types.ObjectId;
}

type EndStatus = LiveEventData["message.finished"]["status"];

// As much as a browser notification shows.
const PREVIEW_LENGTH = 140;

/** Every tab of the user hears that an answer began: one showing its conversation follows it. */
export function announceAnswerStarted(answer: Answer): Promise<void> {
  return publishEvent(answer.userId, "message.started", {
    conversationId: answer.conversationId.toString(),
    messageId: answer.assistantId.toString(),
  });
}

/** Every tab of the user hears how an answer ended, with its first words for a notification. */
export function announceAnswerFinished(
  answer: Answer,
  ending: RunOutcome | { status: EndStatus; text: string },
): Promise<void> {
  return publishEvent(answer.userId, "message.finished", {
    conversationId: answer.conversationId.toString(),
    messageId: answer.assistantId.toString(),
    status: "status" in ending ? ending.status : statusOf(ending),
    preview: ending.text.replace(/\s+/g, " ").trim().slice(0, PREVIEW_LENGTH),
  });
}

function statusOf(outcome: RunOutcome): EndStatus {
  if (outcome.finishReason === "interrupted") return "interrupted";
  if (outcome.error) return "error";
  return outcome.finishReason === "stopped" ? "stopped" : "complete";
}
