import { randomUUID } from "node:crypto";
import { hostname } from "node:os";
import { log } from "@/lib/log";
import { Message } from "@/models/message";
import type { ReplyTarget } from "./persist-reply";

/** How often a streaming answer's text is written: a bounded pace, never per token. */
const CHECKPOINT_MS = 1_000;
/**
 * How long a lease lasts without a heartbeat. Long enough that a busy
 * process or a slow database write does not lose its own answer to
 * recovery; short enough that a dead process's answer ends within a minute.
 */
const LEASE_MS = 30_000;
/** A quiet answer (the model thinking) still renews its lease this often. */
const HEARTBEAT_MS = 10_000;

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

function leaseUntil(): Date {
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
    lease: {
      until: leaseUntil(),
      owner: PROCESS_ID,
      reserved_tokens: target.reservation.reserved,
      reserved_usd: target.reservation.reservedUsd ?? 0,
      month: target.reservation.month ?? null,
      prompt_tokens_estimate: promptTokensEstimate,
      new_user_message: target.newUserMessage,
    },
  });
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
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly target: Pick<ReplyTarget, "assistantId" | "userId">,
    private readonly text: () => string,
  ) {
    this.timer = setInterval(() => this.tick(), CHECKPOINT_MS);
    this.timer.unref();
  }

  private tick(): void {
    const text = this.text();
    const due = Date.now() - this.writtenAt >= HEARTBEAT_MS;
    if (text === this.written && !due) return;
    this.written = text;
    this.writtenAt = Date.now();
    // One write at a time: a slow database gets fewer checkpoints, not a queue of them.
    this.writing = this.writing.then(() =>
      Message.updateOne(
        { _id: this.target.assistantId, user_id: this.target.userId, status: "streaming" },
        { $set: { content: text, "lease.until": leaseUntil() } },
      ).then(
        () => undefined,
        (error: unknown) =>
          log.warn("could not checkpoint an answer", {
            error,
            messageId: String(this.target.assistantId),
          }),
      ),
    );
  }

  /** Stops checkpointing; the answer's last write follows. */
  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.writing;
  }
}
