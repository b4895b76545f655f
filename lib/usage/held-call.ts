import { HEARTBEAT_MS, leaseUntil, newLease } from "@/lib/chat/answer-record";
import type { TokenReservation } from "@/lib/chat/token-budget";
import { type Write, writeOnce } from "@/lib/db/durable-save";
import { log } from "@/lib/log";
import { type HeldCallKind, type ImageJobRequest, ModelCall } from "@/models/model-call";

/**
 * A call's reservation, held under a lease while the call runs (see
 * models/model-call.ts). Whoever ends the call closes it first, and settles
 * the reservation only if the close found it: recovery releases a lapsed
 * one the same way, so a reservation is settled once either way.
 */
export class HeldCall {
  private readonly heartbeat: NodeJS.Timeout;

  private constructor(readonly id: string) {
    this.heartbeat = setInterval(() => {
      ModelCall.updateOne({ _id: id }, { $set: { "lease.until": leaseUntil() } }).catch(
        (error: unknown) => log.warn("could not renew a model call's lease", { error, callId: id }),
      );
    }, HEARTBEAT_MS);
    this.heartbeat.unref();
  }

  static async open(
    kind: HeldCallKind,
    modelId: string,
    reservation: TokenReservation,
    promptTokensEstimate: number,
    image: ImageJobRequest | null = null,
  ): Promise<HeldCall> {
    const call = await ModelCall.create({
      user_id: reservation.userId,
      kind,
      model_id: modelId,
      lease: newLease(reservation, promptTokensEstimate),
      image,
    });
    return new HeldCall(call._id.toString());
  }

  /** Ends the hold; false when recovery released the reservation first (then it must not be settled again). */
  async close(write: Write = writeOnce): Promise<boolean> {
    clearInterval(this.heartbeat);
    const { deletedCount } = await write(() => ModelCall.deleteOne({ _id: this.id }));
    return deletedCount > 0;
  }
}
