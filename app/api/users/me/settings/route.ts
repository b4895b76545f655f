import { route } from "@/lib/http/route";
import { accountContracts } from "@/lib/users/contracts";
import { updateSettings } from "@/lib/users/profile";

export const PATCH = route(accountContracts.settings, async ({ user, body }) =>
  updateSettings(user, body),
);
