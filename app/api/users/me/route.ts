import { selfServiceContracts } from "@/lib/account/contracts";
import { deleteAccount } from "@/lib/account/delete-account";
import { currentSession } from "@/lib/auth/current-user";
import { route } from "@/lib/http/route";
import { accountContracts } from "@/lib/users/contracts";
import { getProfile, updateProfile } from "@/lib/users/profile";

export const GET = route(accountContracts.profile, async ({ user }) => getProfile(user));

export const PATCH = route(accountContracts.updateProfile, async ({ user, body }) =>
  updateProfile(user, body),
);

/** Session only, with the password: a leaked key or an open tab alone cannot delete the account. */
export const DELETE = route(selfServiceContracts.deleteAccount, async ({ user, body, audit }) => {
  const session = await currentSession();
  await deleteAccount(user, body, { address: audit.ip, signedInAt: session?.signedInAt ?? 0 });
});
