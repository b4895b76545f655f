import type { SessionUser } from "@/lib/auth/types";
import { findUsableConfig } from "@/lib/configs/access";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { LlmConfig } from "@/models/llm-config";
import { User } from "@/models/user";

/**
 * Adds a public config or template to the actor's list. The counter moves
 * only when the list actually changed, so saving twice counts once.
 */
export async function saveConfig(actor: SessionUser, id: string): Promise<{ saved: true }> {
  const config = await findUsableConfig(actor, id);
  const { modifiedCount } = await User.updateOne(
    { _id: actor.id, saved_configs: { $ne: config._id } },
    { $addToSet: { saved_configs: config._id } },
  );
  if (modifiedCount === 1) {
    await LlmConfig.updateOne({ _id: config._id }, { $inc: { "stats.saves_count": 1 } });
  }
  return { saved: true };
}

/** Removes a config from the actor's list; unsaving one not saved changes nothing. */
export async function unsaveConfig(actor: SessionUser, id: string): Promise<{ saved: false }> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("config");
  await connectDb();
  const { modifiedCount } = await User.updateOne(
    { _id: actor.id, saved_configs: _id },
    { $pull: { saved_configs: _id } },
  );
  if (modifiedCount === 1) {
    await LlmConfig.updateOne({ _id }, { $inc: { "stats.saves_count": -1 } });
  }
  return { saved: false };
}
