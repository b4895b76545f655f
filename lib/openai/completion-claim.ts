import { setTimeout as sleep } from "node:timers/promises";
import { isDuplicateKey } from "@/lib/errors";
import { ApiCompletion } from "@/models/api-completion";

/** How often a repeated call looks whether the first one has finished. */
const POLL_MS = 250;
/** A claim older than this is taken for a call whose process died, and taken over. */
const ABANDONED_MS = 15 * 60_000;

export type CompletionClaim =
  | {
      kind: "claimed";
      /** The call ended with this completion: a repeat gets it. */
      finish(completion: Record<string, unknown>, conversationId: string | null): Promise<void>;
      /** The call failed or never started: a repeat calls again. */
      release(): Promise<void>;
    }
  | { kind: "done"; completion: Record<string, unknown>; conversationId: string | null };

/**
 * Claims the key for one call, or finds the completion a call with the same
 * key made. A repeat that arrives while the first call runs waits for its
 * completion, so the model answers a key once, and it is billed once.
 */
export async function claimCompletion(userId: string, key: string): Promise<CompletionClaim> {
  for (;;) {
    try {
      const claim = await ApiCompletion.create({ user_id: userId, key, status: "running" });
      return {
        kind: "claimed",
        async finish(completion, conversationId) {
          await ApiCompletion.updateOne(
            { _id: claim._id },
            { $set: { status: "done", completion, conversation_id: conversationId } },
          );
        },
        async release() {
          await ApiCompletion.deleteOne({ _id: claim._id, status: "running" });
        },
      };
    } catch (error) {
      if (!isDuplicateKey(error)) throw error;
    }
    const existing = await ApiCompletion.findOne({ user_id: userId, key }).lean();
    if (existing?.status === "done" && existing.completion) {
      return {
        kind: "done",
        completion: existing.completion,
        conversationId: existing.conversation_id,
      };
    }
    if (existing && Date.now() - existing.created_at.getTime() > ABANDONED_MS) {
      await ApiCompletion.deleteOne({ _id: existing._id, status: "running" });
    } else if (existing) {
      await sleep(POLL_MS);
    }
  }
}
