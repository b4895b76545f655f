import { route } from "@/lib/http/route";
import { accountContracts } from "@/lib/users/contracts";
import { getProfile, updateProfile } from "@/lib/users/profile";

export const GET = route(accountContracts.profile, async ({ user }) => getProfile(user));

export const PATCH = route(accountContracts.updateProfile, async ({ user, body }) =>
  updateProfile(user, body),
);
