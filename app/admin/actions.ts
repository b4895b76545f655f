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
import { type ActionResult, runAction } from "@/lib/http/action";
import { clientAddress } from "@/lib/http/client-address";

// Thin adapters: the services check the role, the input and the target, as for the REST routes.

type Result = Promise<ActionResult<AdminUserDetailDto>>;

async function adminContext(): Promise<AdminContext> {
  return { ip: clientAddress(await headers()) };
}

export async function banUserAction(id: string, input: unknown): Result {
  return runAction(
    async () => banUser(await requireAdmin(), id, input, await adminContext()),
    "admin",
  );
}

export async function unbanUserAction(id: string): Result {
  return runAction(async () => unbanUser(await requireAdmin(), id, await adminContext()), "admin");
}

export async function setRoleAction(id: string, input: unknown): Result {
  return runAction(
    async () => setRole(await requireAdmin(), id, input, await adminContext()),
    "admin",
  );
}

export async function setLimitsAction(id: string, input: unknown): Result {
  return runAction(
    async () => setLimits(await requireAdmin(), id, input, await adminContext()),
    "admin",
  );
}

export async function resetUsageAction(id: string): Result {
  return runAction(async () => resetUsage(await requireAdmin(), id, await adminContext()), "admin");
}

export async function revokeAccessAction(id: string): Result {
  return runAction(
    async () => revokeAccess(await requireAdmin(), id, await adminContext()),
    "admin",
  );
}

export async function deleteUserAction(id: string, input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    await deleteUser(await requireAdmin(), id, input, await adminContext());
    return null;
  }, "admin");
}
