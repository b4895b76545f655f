import { adminContracts } from "@/lib/admin/contracts";
import { deleteUser } from "@/lib/admin/delete-user";
import { getUserDetail } from "@/lib/admin/user-detail";
import { route } from "@/lib/http/route";

export const GET = route(adminContracts.user, async ({ user, params }) =>
  getUserDetail(user, params.id),
);

/** Body `{ "confirmEmail": "<the account's email>" }`: a deletion cannot be undone. */
export const DELETE = route(adminContracts.deleteUser, async ({ user, params, body, audit }) => {
  await deleteUser(user, params.id, body, audit);
});
