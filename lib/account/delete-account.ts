import { deleteAccountSchema } from "@/lib/account/schemas";
import { accountWithPassword } from "@/lib/account/verify-password";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";
import { eraseAccount } from "@/lib/users/erase-account";
import { parseInput } from "@/lib/validation";
import { User } from "@/models/user";

/**
 * The caller deletes their own account, with its password, and everything
 * it owns goes as when an admin deletes it. The last admin cannot: the
 * instance would have nobody left to run it.
 */
export async function deleteAccount(
  actor: SessionUser,
  input: unknown,
  request: { address: string },
): Promise<void> {
  const { password } = parseInput(deleteAccountSchema, input);
  const user = await accountWithPassword(actor, password, request.address);
  if (user.role === "admin" && !(await User.exists({ role: "admin", _id: { $ne: user._id } }))) {
    throw AppError.conflict(
      "You are the only administrator. Make someone else an administrator before deleting your account.",
    );
  }
  await eraseAccount(user);
}
