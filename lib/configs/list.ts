import type { SessionUser } from "@/lib/auth/types";
import { SHARED_VISIBILITIES } from "@/lib/configs/access";
import type { MyConfigDto } from "@/lib/configs/dto";
import { configLookups, toConfigDto } from "@/lib/configs/to-dto";
import { connectDb } from "@/lib/db/connect";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";
import { User } from "@/models/user";

const MY_CONFIGS_LIMIT = 500;

function visibleTo(doc: LlmConfigDoc, actorId: string): boolean {
  return (
    doc.owner_id?.toString() === actorId ||
    (SHARED_VISIBILITIES as readonly string[]).includes(doc.visibility)
  );
}

/**
 * The actor's own configs and the ones they saved, newest first. A saved
 * config that is no longer shared stays listed, so it can be unsaved, as a
 * placeholder that shows nothing of it.
 */
export async function listMyConfigs(actor: SessionUser): Promise<MyConfigDto[]> {
  await connectDb();
  const user = await User.findById(actor.id).select("saved_configs").lean();
  const saved = user?.saved_configs ?? [];
  const docs = await LlmConfig.find({ $or: [{ owner_id: actor.id }, { _id: { $in: saved } }] })
    .sort({ _id: -1 })
    .limit(MY_CONFIGS_LIMIT)
    .lean();
  const visible = docs.filter((doc) => visibleTo(doc, actor.id));
  const lookups = await configLookups(visible, actor.id);
  return docs.map((doc) =>
    visibleTo(doc, actor.id)
      ? toConfigDto(doc, actor.id, lookups)
      : { id: doc._id.toString(), available: false, isOwn: false },
  );
}
