import { type AdminContext, recordAudit } from "@/lib/audit/record";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import type { ConfigDto } from "@/lib/configs/dto";
import { toConfigDtoWithAuthor } from "@/lib/configs/to-dto";
import { findOwned } from "@/lib/db/find-owned";
import { AppError } from "@/lib/errors";
import { LlmConfig } from "@/models/llm-config";

/** Takes anyone's public config or template out of the gallery; audit-logged. */
export async function adminUnpublishConfig(
  actor: SessionUser,
  id: string,
  context: AdminContext,
): Promise<ConfigDto> {
  assertAdmin(actor);
  // Any user's config: the admin owns none of them, and may unpublish all.
  const before = await findOwned("config", id, (_id) =>
    LlmConfig.findOne({ _id }).select("visibility").lean(),
  );
  const { _id } = before;
  if (before.visibility === "private") {
    throw AppError.conflict("The config is not published.");
  }
  // The visibility read is part of the filter: of two unpublishes only one is logged.
  const updated = await LlmConfig.findOneAndUpdate(
    { _id, visibility: before.visibility },
    { $set: { visibility: "private" } },
    { returnDocument: "after" },
  ).lean();
  if (!updated) throw AppError.conflict("The config changed meanwhile. Reload and try again.");
  await recordAudit(actor, context, {
    action: "config.unpublish",
    targetType: "llm_config",
    targetId: _id,
    before: { visibility: before.visibility },
    after: { visibility: "private" },
  });
  return toConfigDtoWithAuthor(updated, actor.id);
}
