import { estimateTokens } from "@/lib/chat/shared/estimate";
import { connectDb } from "@/lib/db/connect";
import { isKept } from "@/lib/db/durable-save";
import { findModel, type ModelInfo } from "@/lib/llm/catalogue";
import { log } from "@/lib/log";
import { publishEvent } from "@/lib/realtime/events";
import { recordUsage, usageCost } from "@/lib/usage/record";
import type { AnswerLease } from "@/models/answer-lease";
import { ArenaMessage, type ArenaMessageDoc } from "@/models/arena-message";
import { Message, type MessageDoc } from "@/models/message";
import { ModelCall, type ModelCallDoc } from "@/models/model-call";
import { announceAnswerFinished } from "./answer-events";
import { INTERRUPTED_MESSAGE, ownerIsGone } from "./answer-record";
import { settleAnswer } from "./persist-reply";
import type { TokenReservation } from "./token-budget";

/** How often a live process looks for answers whose process died. */
const RECOVERY_INTERVAL_MS = 30_000;

/**
 * Finishes every answer whose process stopped renewing its lease (killed,
 * out of memory, a lost machine), or that a process of this machine left
 * behind when it died: it ends `interrupted` with the text last
 * checkpointed, is billed like a stopped answer (the prompt's estimate and
 * the text's), and its reservation is settled. Each answer is claimed in
 * one conditional write on the lease as it was read, so of several
 * processes recovering at once only one bills it, and an answer whose
 * process renewed its lease meanwhile is left alone. Chat answers and
 * arena replies alike. Returns how many it finished.
 */
export async function finishLapsedAnswers(now = new Date()): Promise<number> {
  const [answers, replies, calls] = await Promise.all([
    Message.find({ status: "streaming" }).lean(),
    ArenaMessage.find({ status: "streaming" }).lean(),
    ModelCall.find({}).lean(),
  ]);
  // An answer this process keeps until the database is back is not lapsed:
  // its lease could not be renewed while the database was away.
  const lapsed = ({ _id, lease }: { _id: unknown; lease?: AnswerLease | null }) =>
    lease != null && (lease.until < now || ownerIsGone(lease.owner)) && !isKept(String(_id));
  const finished =
    (await finishEach(answers.filter(lapsed), finishLapsedAnswer)) +
    (await finishEach(replies.filter(lapsed), finishLapsedReply)) +
    (await finishEach(calls.filter(lapsed), releaseLapsedCall));
  if (finished > 0) log.info("finished interrupted answers", { count: finished });
  return finished;
}

async function finishEach<T extends { _id: unknown }>(
  lapsed: T[],
  finish: (message: T) => Promise<boolean>,
): Promise<number> {
  let finished = 0;
  for (const message of lapsed) {
    try {
      if (await finish(message)) finished++;
    } catch (error) {
      log.error("could not finish an interrupted answer", {
        error,
        messageId: String(message._id),
      });
    }
  }
  return finished;
}

interface Interruption {
  modelId: string;
  model: ModelInfo | null;
  promptTokens: number;
  completionTokens: number;
  costUsd: number;
  reservation: TokenReservation;
  /** The claim: one conditional write on the lease as it was read. */
  filter: Record<string, unknown>;
  update: Record<string, unknown>;
}

/** What an answer cut off at its last checkpoint is billed, and the write that claims it. */
async function interruption(
  message: Pick<MessageDoc, "_id" | "user_id" | "content" | "metadata">,
  lease: AnswerLease,
): Promise<Interruption> {
  const modelId = message.metadata.model_id ?? "unknown";
  const model = await modelInfo(modelId);
  // A call that wrote nothing may never have reached the provider; with text, it billed what it read and wrote.
  const promptTokens = message.content ? lease.prompt_tokens_estimate : 0;
  const completionTokens = estimateTokens(message.content);
  const costUsd = usageCost({ model, promptTokens, completionTokens, costUsd: null });
  return {
    modelId,
    model,
    promptTokens,
    completionTokens,
    costUsd,
    reservation: {
      userId: message.user_id.toString(),
      reserved: lease.reserved_tokens,
      reservedUsd: lease.reserved_usd,
      month: lease.month ?? undefined,
    },
    filter: { _id: message._id, status: "streaming", "lease.until": lease.until },
    update: {
      $set: {
        status: "interrupted",
        lease: null,
        is_error: true,
        error_message: INTERRUPTED_MESSAGE,
        "metadata.tokens": { prompt: promptTokens, completion: completionTokens },
        "metadata.finish_reason": "interrupted",
        "metadata.cost_usd": costUsd,
      },
    },
  };
}

async function finishLapsedAnswer(message: MessageDoc): Promise<boolean> {
  if (!message.lease) return false;
  const cut = await interruption(message, message.lease);
  const claimed = await Message.updateOne(cut.filter, cut.update);
  if (claimed.modifiedCount === 0) return false;
  await settleAnswer(
    {
      userId: message.user_id.toString(),
      conversationId: message.conversation_id,
      assistantId: message._id,
      modelId: cut.modelId,
      model: cut.model,
      conversationConfigId: undefined,
      newUserMessage: message.lease.new_user_message,
      provisionalTitle: null,
      reservation: cut.reservation,
    },
    cut,
  );
  await announceAnswerFinished(
    {
      userId: message.user_id.toString(),
      conversationId: message.conversation_id,
      assistantId: message._id,
    },
    { status: "interrupted", text: message.content },
  );
  return true;
}

async function finishLapsedReply(reply: ArenaMessageDoc): Promise<boolean> {
  if (!reply.lease) return false;
  const cut = await interruption(reply, reply.lease);
  const claimed = await ArenaMessage.updateOne(cut.filter, cut.update);
  if (claimed.modifiedCount === 0) return false;
  await recordUsage({
    kind: "arena",
    modelId: cut.modelId,
    model: cut.model,
    reservation: cut.reservation,
    promptTokens: cut.promptTokens,
    completionTokens: cut.completionTokens,
    costUsd: cut.costUsd,
    arenaSessionId: reply.session_id,
    messageId: reply._id,
  });
  void publishEvent(reply.user_id.toString(), "arena.finished", {
    sessionId: reply.session_id.toString(),
  });
  return true;
}

/** The model's prices; an unreachable catalogue bills the tokens at no cost rather than leave the answer open. */
async function modelInfo(modelId: string): Promise<ModelInfo | null> {
  try {
    return (await findModel(modelId)) ?? null;
  } catch {
    return null;
  }
}

/**
 * A preview, image or API call whose process died left no text to bill:
 * whether it reached the provider is unknown, so its reservation is
 * released and nothing is billed, as for an answer that wrote nothing. An
 * image's tabs hear that it was interrupted.
 */
async function releaseLapsedCall(call: ModelCallDoc): Promise<boolean> {
  const { lease } = call;
  const claimed = await ModelCall.deleteOne({ _id: call._id, "lease.until": lease.until });
  if (claimed.deletedCount === 0) return false;
  await recordUsage({
    kind: call.kind,
    modelId: call.model_id,
    model: null,
    reservation: {
      userId: call.user_id.toString(),
      reserved: lease.reserved_tokens,
      reservedUsd: lease.reserved_usd,
      month: lease.month ?? undefined,
    },
    promptTokens: 0,
    completionTokens: 0,
    costUsd: 0,
  });
  // Its person's tabs stop showing it as being made.
  if (call.kind === "image") {
    await publishEvent(call.user_id.toString(), "image.finished", {
      jobId: call._id.toString(),
      imageId: null,
      status: "interrupted",
      preview: call.image?.prompt ?? "",
    });
  }
  return true;
}

const store = globalThis as typeof globalThis & { __uniChatRecovery?: NodeJS.Timeout };

/**
 * Finishes what a dead process left streaming, now and then every half
 * minute for as long as the process runs. At start-up that finishes the
 * answers of this machine's last run at once; other instances' answers end
 * once their lease lapses. A database that is down now is tried again at the
 * next pass.
 */
export function startAnswerRecovery(): void {
  if (store.__uniChatRecovery) return;
  const pass = () =>
    connectDb()
      .then(() => finishLapsedAnswers())
      .catch((error: unknown) => log.warn("could not look for interrupted answers", { error }));
  void pass();
  store.__uniChatRecovery = setInterval(pass, RECOVERY_INTERVAL_MS);
  store.__uniChatRecovery.unref();
}
