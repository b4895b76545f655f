import type { SessionUser } from "@/lib/auth/types";
import { findOwnedConfig } from "@/lib/configs/access";
import { AppError } from "@/lib/errors";
import { Conversation } from "@/models/conversation";
import { LlmConfig } from "@/models/llm-config";
import { User } from "@/models/user";

/**
 * Deletes the actor's own config. Conversations that used it keep their
 * `config_id` (shown as deleted) and go on with the config's model.
 */
export async function deleteConfig(actor: SessionUser, id: string): Promise<void> {
  const config = await findOwnedConfig(actor, id);
  const { deletedCount } = await LlmConfig.deleteOne({ _id: config._id, owner_id: actor.id });
  if (deletedCount !== 1) throw AppError.notFound("config");
  // A conversation that took its model from the config keeps answering with that model.
  await Conversation.updateMany(
    { config_id: config._id, model_id: null },
    { $set: { model_id: config.model_id } },
  );
  await User.updateMany({ saved_configs: config._id }, { $pull: { saved_configs: config._id } });
}
