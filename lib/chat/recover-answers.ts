import { connectDb } from "@/lib/db/connect";
import { isKept } from "@/lib/db/durable-save";
import { findModel, type ModelInfo } from "@/lib/llm/catalogue";
import { log } from "@/lib/log";
import { usageCost } from "@/lib/usage/record";
import { Message, type MessageDoc } from "@/models/message";
import { announceAnswerFinished } from "./answer-events";
import { INTERRUPTED_MESSAGE, ownerIsGone } from "./answer-record";
import { estimateTokens } from "./client/estimate";
import { settleAnswer } from "./persist-reply";

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
 * process renewed its lease meanwhile is left alone. Returns how many it
 * finished.
 */
export async function finishLapsedAnswers(now = new Date()): Promise<number> {
  const streaming = await Message.find({ status: "streaming" }).lean();
  // An answer this process keeps until the database is back is not lapsed:
  // its lease could not be renewed while the database was away.
  const lapsed = streaming.filter(
    ({ _id, lease }) =>
      lease && (lease.until < now || ownerIsGone(lease.owner)) && !isKept(String(_id)),
  );
  let finished = 0;
  for (const message of lapsed) {
    try {
      if (await finishLapsed(message)) finished++;
    } catch (error) {
      log.error("could not finish an interrupted answer", {
        error,
        messageId: message._id.toString(),
      });
    }
  }
  if (finished > 0) log.info("finished interrupted answers", { count: finished });
  return finished;
}

async function finishLapsed(message: MessageDoc): Promise<boolean> {
  const { lease } = message;
  if (!lease) return false;
  const modelId = message.metadata.model_id ?? "unknown";
  const model = await modelInfo(modelId);
  // A call that wrote nothing may never have reached the provider; with text, it billed what it read and wrote.
  const promptTokens = message.content ? lease.prompt_tokens_estimate : 0;
  const completionTokens = estimateTokens(message.content);
  const costUsd = usageCost({ model, promptTokens, completionTokens, costUsd: null });

  const claimed = await Message.updateOne(
    { _id: message._id, status: "streaming", "lease.until": lease.until },
    {
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
  );
  if (claimed.modifiedCount === 0) return false;

  await settleAnswer(
    {
      userId: message.user_id.toString(),
      conversationId: message.conversation_id,
      assistantId: message._id,
      modelId,
      model,
      conversationConfigId: undefined,
      newUserMessage: lease.new_user_message,
      provisionalTitle: null,
      reservation: {
        userId: message.user_id.toString(),
        reserved: lease.reserved_tokens,
        reservedUsd: lease.reserved_usd,
        month: lease.month ?? undefined,
      },
    },
    { promptTokens, completionTokens, costUsd },
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

/** The model's prices; an unreachable catalogue bills the tokens at no cost rather than leave the answer open. */
async function modelInfo(modelId: string): Promise<ModelInfo | null> {
  try {
    return (await findModel(modelId)) ?? null;
  } catch {
    return null;
  }
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
