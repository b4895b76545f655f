"use server";

import { deleteUser } from "@/lib/admin/delete-user";
import type { AdminUserDetailDto } from "@/lib/admin/dto";
import {
  banUser,
  resetUsage,
  revokeAccess,
  setLimits,
  setRole,
  unbanUser,
} from "@/lib/admin/user-actions";
import { requireAdmin } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";

// Thin adapters: the services check the role, the input and the target, as for the REST routes.

type Result = Promise<ActionResult<AdminUserDetailDto>>;

export async function banUserAction(id: string, input: unknown): Result {
  return runLimitedAction(
    async (audit) => banUser(await requireAdmin(), id, input, audit),
    "admin",
  );
}

export async function unbanUserAction(id: string): Result {
  return runLimitedAction(async (audit) => unbanUser(await requireAdmin(), id, audit), "admin");
}

export async function setRoleAction(id: string, input: unknown): Result {
  return runLimitedAction(
    async (audit) => setRole(await requireAdmin(), id, input, audit),
    "admin",
  );
}

export async function setLimitsAction(id: string, input: unknown): Result {
  return runLimitedAction(
    async (audit) => setLimits(await requireAdmin(), id, input, audit),
    "admin",
  );
}

export async function resetUsageAction(id: string): Result {
  return runLimitedAction(async (audit) => resetUsage(await requireAdmin(), id, audit), "admin");
}

export async function revokeAccessAction(id: string): Result {
  return runLimitedAction(async (audit) => revokeAccess(await requireAdmin(), id, audit), "admin");
}

export async function deleteUserAction(id: string, input: unknown): Promise<ActionResult<null>> {
  return runLimitedAction(async (audit) => {
    await deleteUser(await requireAdmin(), id, input, audit);
    return null;
  }, "admin");
}
