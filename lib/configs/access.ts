import type { QueryFilter } from "mongoose";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";
import { User } from "@/models/user";

/** Configs anyone signed in may see and use. */
export const SHARED_VISIBILITIES = ["public", "template"] as const;

/** The actor's own config; anyone else's, whatever their role, is a 404. */
export async function findOwnedConfig(actor: SessionUser, id: string): Promise<LlmConfigDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("config");
  await connectDb();
  const config = await LlmConfig.findOne({ _id, owner_id: actor.id }).lean();
  if (!config) throw AppError.notFound("config");
  return config;
}

/** A config the actor may see: their own, a public one, a template, or one they saved. */
export async function findVisibleConfig(actor: SessionUser, id: string): Promise<LlmConfigDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("config");
  await connectDb();
  const saved = await User.exists({ _id: actor.id, saved_configs: _id });
  const filter: QueryFilter<LlmConfigDoc> = saved
    ? { _id }
    : { _id, $or: [{ owner_id: actor.id }, { visibility: { $in: SHARED_VISIBILITIES } }] };
  const config = await LlmConfig.findOne(filter).lean();
  if (!config) throw AppError.notFound("config");
  return config;
}

/** A config the actor may copy or save: their own, a public one or a template. */
export async function findUsableConfig(actor: SessionUser, id: string): Promise<LlmConfigDoc> {
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("config");
  await connectDb();
  const config = await LlmConfig.findOne({
    _id,
    $or: [{ owner_id: actor.id }, { visibility: { $in: SHARED_VISIBILITIES } }],
  }).lean();
  if (!config) throw AppError.notFound("config");
  return config;
}
