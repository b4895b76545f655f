import type { AdminContext } from "@/lib/audit/record";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { connectDb } from "@/lib/db/connect";
import { toObjectId } from "@/lib/db/ids";
import { AppError } from "@/lib/errors";
import { auditTemplate } from "@/lib/templates/audit";
import { toTemplateSnapshot } from "@/lib/templates/to-dto";
import { PromptTemplate } from "@/models/prompt-template";

export async function deleteTemplate(
  actor: SessionUser,
  id: string,
  context: AdminContext,
): Promise<void> {
  assertAdmin(actor);
  const _id = toObjectId(id);
  if (!_id) throw AppError.notFound("template");

  await connectDb();
  const deleted = await PromptTemplate.findOneAndDelete({ _id }).lean();
  if (!deleted) throw AppError.notFound("template");
  await auditTemplate(actor, context, "template.delete", _id, toTemplateSnapshot(deleted), null);
}
