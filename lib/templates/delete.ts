import type { AdminContext } from "@/lib/audit/record";
import { assertAdmin } from "@/lib/auth/roles";
import type { SessionUser } from "@/lib/auth/types";
import { findOwned } from "@/lib/db/find-owned";
import { auditTemplate } from "@/lib/templates/audit";
import { toTemplateSnapshot } from "@/lib/templates/to-dto";
import { PromptTemplate } from "@/models/prompt-template";

export async function deleteTemplate(
  actor: SessionUser,
  id: string,
  context: AdminContext,
): Promise<void> {
  assertAdmin(actor);
  const deleted = await findOwned("template", id, (_id) =>
    PromptTemplate.findOneAndDelete({ _id }).lean(),
  );
  await auditTemplate(
    actor,
    context,
    "template.delete",
    deleted._id,
    toTemplateSnapshot(deleted),
    null,
  );
}
