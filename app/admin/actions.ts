"use server";

import { headers } from "next/headers";
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
import type { AdminContext } from "@/lib/audit/record";
import { requireAdmin } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/http/action";
import { clientAddress } from "@/lib/http/client-address";
import { runLimitedAction } from "@/lib/http/limited-action";

// Thin adapters: the services check the role, the input and the target, as for the REST routes.

type Result = Promise<ActionResult<AdminUserDetailDto>>;

async function adminContext(): Promise<AdminContext> {
  return { ip: clientAddress(await headers()) };
}

export async function banUserAction(id: string, input: unknown): Result {
  return runLimitedAction(
    async () => banUser(await requireAdmin(), id, input, await adminContext()),
    "admin",
  );
}

export async function unbanUserAction(id: string): Result {
  return runLimitedAction(
    async () => unbanUser(await requireAdmin(), id, await adminContext()),
    "admin",
  );
}

export async function setRoleAction(id: string, input: unknown): Result {
  return runLimitedAction(
    async () => setRole(await requireAdmin(), id, input, await adminContext()),
    "admin",
  );
}

export async function setLimitsAction(id: string, input: unknown): Result {
  return runLimitedAction(
    async () => setLimits(await requireAdmin(), id, input, await adminContext()),
    "admin",
  );
}

export async function resetUsageAction(id: string): Result {
  return runLimitedAction(
    async () => resetUsage(await requireAdmin(), id, await adminContext()),
    "admin",
  );
}

export async function revokeAccessAction(id: string): Result {
  return runLimitedAction(
    async () => revokeAccess(await requireAdmin(), id, await adminContext()),
    "admin",
  );
}

export async function deleteUserAction(id: string, input: unknown): Promise<ActionResult<null>> {
  return runLimitedAction(async () => {
    await deleteUser(await requireAdmin(), id, input, await adminContext());
    return null;
  }, "admin");
}
