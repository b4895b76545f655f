import { readUploadedFile } from "@/lib/files/form";
import { route } from "@/lib/http/route";
import { removeAvatar, setAvatar } from "@/lib/users/avatar";
import { accountContracts } from "@/lib/users/contracts";

export const PUT = route(accountContracts.setAvatar, async ({ req, user }) =>
  setAvatar(user, await readUploadedFile(req)),
);

export const DELETE = route(accountContracts.removeAvatar, async ({ user }) => removeAvatar(user));
