import "server-only";
import type { SessionUser } from "@/lib/auth/types";
import { stopAnywhere } from "@/lib/chat/stop-signal";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { ModelCall } from "@/models/model-call";
import type { ImageJobDto } from "./dto";
import { toImageJobDto } from "./to-dto";

/**
 * The actor's images being made, oldest first. One whose process died is
 * left out as soon as its lease lapses, before recovery tidies it away.
 */
export async function listImageJobs(actor: SessionUser): Promise<{ items: ImageJobDto[] }> {
  await connectDb();
  const calls = await ModelCall.find({
    user_id: actor.id,
    kind: "image",
    "lease.until": { $gt: new Date() },
  })
    .sort({ created_at: 1 })
    .lean();
  return { items: calls.map(toImageJobDto) };
}

/**
 * Stops the actor's image being made, named by its id or by the client id
 * its tab sent, wherever it runs. Nothing is kept and only what the
 * provider billed is charged. Nothing to stop (finished, unknown, another
 * person's) is not an error: afterwards it does not run either way.
 */
export async function stopImageJob(actor: SessionUser, id: string): Promise<void> {
  await connectDb();
  const _id = toObjectId(id);
  const call = await ModelCall.findOne({
    user_id: actor.id,
    kind: "image",
    $or: [...(_id ? [{ _id }] : []), { "image.client_id": id }],
  })
    .select("_id")
    .lean();
  if (call) await stopAnywhere(call._id.toString(), actor.id);
}
