import type { AdminContext } from "@/lib/audit/record";
import { recordAudit } from "@/lib/audit/record";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { eraseAccount } from "@/lib/users/erase-account";
import { parseInput } from "@/lib/validation";
import { deleteUserSchema } from "./schemas";
import { refuseSelf, snapshot } from "./user-actions";
import { findTarget } from "./user-detail";

/**
 * An admin deletes someone else's account and everything it owns (see
 * eraseAccount), after typing its email to confirm; the audit log keeps
 * who it was.
 */
export async function deleteUser(
  actor: SessionUser,
  id: string,
  input: unknown,
  context: AdminContext,
): Promise<void> {
  const { confirmEmail } = parseInput(deleteUserSchema, input);
  const target = await findTarget(actor, id);
  refuseSelf(actor, target, "delete");
  if (confirmEmail !== target.email) {
    throw AppError.badRequest("confirmEmail: type the account's email to confirm", {
      confirmEmail: ["does not match the account's email"],
    });
  }

  await eraseAccount(target);

  await recordAudit(actor, context, {
    action: "user.delete",
    targetType: "user",
    targetId: target._id,
    before: { email: target.email, display_name: target.profile.display_name, ...snapshot(target) },
    after: null,
  });
}
