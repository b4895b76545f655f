import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { AppError } from "@/lib/errors";
import { log } from "@/lib/log";
import { interruptedByShutdown } from "@/lib/server/drain";
import type { AnswerLease } from "@/models/answer-lease";
import type { ArenaMessage } from "@/models/arena-message";
import { Message } from "@/models/message";
import type { RunOutcome } from "./model-run";
import type { ReplyTarget } from "./persist-reply";
import type { TokenReservation } from "./token-budget";

/** What an answer cut short by a dying or stopping server says it is. */
export const INTERRUPTED_MESSAGE = "This answer was interrupted.";

/** How often a streaming answer's text is written: a bounded pace, never per token. */
const CHECKPOINT_MS = 1_000;
/**
 * How long a lease lasts without a heartbeat. Long enough that a busy
 * process or a slow database write does not lose its own answer to
 * recovery; short enough that a dead process's answer ends within a minute.
 */
const LEASE_MS = 30_000;
/** A quiet answer (the model thinking) still renews its lease this often. */
export const HEARTBEAT_MS = 10_000;

/** This process, as a lease names it: host, pid and a random start id. */
const PROCESS_ID = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/**
 * Whether a lease's owner is a process of this machine that no longer runs:
 * its answer can be finished at once rather than when the lease lapses. A
 * reused pid only makes recovery wait for the lease.
 */
export function ownerIsGone(owner: string): boolean {
  const parts = owner.split(":");
  const pid = Number(parts.at(-2));
  if (parts.slice(0, -2).join(":") !== hostname() || !Number.isInteger(pid) || pid <= 0) {
    return false;
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

export function leaseUntil(): Date {
  return new Date(Date.now() + LEASE_MS);
}

/**
 * Stores the assistant message before the model is called, empty and
 * `streaming`, with a lease that carries what another process needs to
 * finish it (the reservation to settle) should this one die. The first
 * answer to a sent message takes a client id made from the message's, so
 * of two requests that send the same message at once only one stores an
 * answer: the other fails with a duplicate key and follows that answer.
 */
export async function openAnswer(
  target: ReplyTarget,
  promptTokensEstimate: number,
  clientId: string = randomUUID(),
) {
  await Message.create({
    _id: target.assistantId,
    client_id: clientId,
    conversation_id: target.conversationId,
    user_id: target.userId,
    parent_id: target.parentId,
    role: "assistant",
    content: "",
    status: "streaming",
    metadata: { model_id: target.modelId, context_dropped: target.contextDropped },
    lease: newLease(target.reservation, promptTokensEstimate, target.newUserMessage),
  });
}

/** A lease held by this process, carrying what settles the call's reservation. */
export function newLease(
  reservation: TokenReservation,
  promptTokensEstimate: number,
  newUserMessage = false,
): AnswerLease {
  return {
    until: leaseUntil(),
    owner: PROCESS_ID,
    reserved_tokens: reservation.reserved,
    reserved_usd: reservation.reservedUsd ?? 0,
    month: reservation.month ?? null,
    prompt_tokens_estimate: promptTokensEstimate,
    new_user_message: newUserMessage,
  };
}

/**
 * Writes a streaming answer's text about once a second while it grows, and
 * renews its lease. Each write replaces the text, so an answer costs one
 * write per second of streaming whatever its length.
 */
export class Checkpointer {
  private readonly timer: NodeJS.Timeout;
  private written = "";
  private writtenAt = Date.now();
  private writing: Promise<void> | null = null;

  constructor(
    private readonly target: Pick<ReplyTarget, "assistantId" | "userId">,
    private readonly text: () => string,
    /** Chat answers, or arena replies: both keep their text and lease under the same names. */
    private readonly collection: typeof Message | typeof ArenaMessage = Message,
  ) {
    this.timer = setInterval(() => this.tick(), CHECKPOINT_MS);
    this.timer.unref();
  }

  private tick(): void {
    // One write at a time: a slow database (or one that is away) gets fewer
    // checkpoints, not a queue of them.
    if (this.writing) return;
    const text = this.text();
    const due = Date.now() - this.writtenAt >= HEARTBEAT_MS;
    if (text === this.written && !due) return;
    this.written = text;
    this.writtenAt = Date.now();
    this.writing = (this.collection as typeof Message)
      .updateOne(
        { _id: this.target.assistantId, user_id: this.target.userId, status: "streaming" },
        { $set: { content: text, "lease.until": leaseUntil() } },
      )
      .then(
        () => undefined,
        (error: unknown) =>
          log.warn("could not checkpoint an answer", {
            error,
            messageId: String(this.target.assistantId),
          }),
      )
      .finally(() => {
        this.writing = null;
      });
  }

  /** Stops checkpointing; the answer's last write follows. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.writing;
  }
}

/**
 * An answer that a shutdown cut short ends `interrupted`, with what it said,
 * rather than `stopped`: its user did not ask for the end and may retry.
 */
export function markInterrupted(outcome: RunOutcome, stoppedByUser: boolean): RunOutcome {
  if (outcome.finishReason !== "stopped" || stoppedByUser || !interruptedByShutdown()) {
    return outcome;
  }
  return {
    ...outcome,
    finishReason: "interrupted",
    error: new AppError("interrupted", 503, INTERRUPTED_MESSAGE),
  };
}
