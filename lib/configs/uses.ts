import type { SessionUser } from "@/lib/auth/types";
import { findUsableConfig } from "@/lib/configs/access";
import { LlmConfig } from "@/models/llm-config";

/** A conversation starts with this config: it must be usable by the actor, and counts one use. */
export async function countConfigUse(actor: SessionUser, id: string): Promise<void> {
  const config = await findUsableConfig(actor, id);
  await LlmConfig.updateOne({ _id: config._id }, { $inc: { "stats.uses_count": 1 } });
}
