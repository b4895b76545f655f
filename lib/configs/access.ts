import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { LlmConfig, type LlmConfigDoc } from "@/models/llm-config";

/** Configs anyone signed in may see and use. */
export const SHARED_VISIBILITIES = ["public", "template"] as const;

/** The actor's own config; anyone else's, whatever their role, is a 404. */
export async function findOwnedConfig(actor: SessionUser, id: string): Promise<LlmConfigDoc> {
  return findOwned("config", id, (_id) => LlmConfig.findOne({ _id, owner_id: actor.id }).lean());
}

/**
 * A config the actor may see, use, copy or save: their own, a public one or
 * a template. Having saved it once is not enough: a config its owner made
 * private, or an admin unpublished, is the owner's alone again.
 */
export async function findUsableConfig(actor: SessionUser, id: string): Promise<LlmConfigDoc> {
  return findOwned("config", id, (_id) =>
    LlmConfig.findOne({
      _id,
      $or: [{ owner_id: actor.id }, { visibility: { $in: SHARED_VISIBILITIES } }],
    }).lean(),
  );
}
