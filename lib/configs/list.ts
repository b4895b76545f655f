import type { SessionUser } from "@/lib/auth/types";
import { type ConfigDto, configLookups, toConfigDto } from "@/lib/configs/dto";
import { connectDb } from "@/lib/db/connect";
import { LlmConfig } from "@/models/llm-config";
import { User } from "@/models/user";

const MY_CONFIGS_LIMIT = 500;

/** The actor's own configs and the ones they saved, newest first. */
export async function listMyConfigs(actor: SessionUser): Promise<ConfigDto[]> {
  await connectDb();
  const user = await User.findById(actor.id).select("saved_configs").lean();
  const saved = user?.saved_configs ?? [];
  const docs = await LlmConfig.find({ $or: [{ owner_id: actor.id }, { _id: { $in: saved } }] })
    .sort({ _id: -1 })
    .limit(MY_CONFIGS_LIMIT)
    .lean();
  const lookups = await configLookups(docs, actor.id);
  return docs.map((doc) => toConfigDto(doc, actor.id, lookups));
}
