"use server";

import { requireUser } from "@/lib/auth/current-user";
import { signIn } from "@/lib/auth/next-auth";
import { type ActionResult, runAction } from "@/lib/http/action";
import { changePassword } from "@/lib/users/change-password";
import type { ProfileDto } from "@/lib/users/dto";
import { updateProfile, updateSettings } from "@/lib/users/profile";
import { changePasswordSchema } from "@/lib/users/schemas";
import { parseInput } from "@/lib/validation";

export async function updateProfileAction(input: unknown): Promise<ActionResult<ProfileDto>> {
  return runAction(async () => updateProfile(await requireUser(), input));
}

export async function updateSettingsAction(input: unknown): Promise<ActionResult<ProfileDto>> {
  return runAction(async () => updateSettings(await requireUser(), input));
}

/** Signs out every other session and keeps this browser signed in with a fresh one. */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  return runAction(async () => {
    const user = await requireUser();
    await changePassword(user, input);
    const { newPassword } = parseInput(changePasswordSchema, input);
    await signIn("credentials", { email: user.email, password: newPassword, redirect: false });
    return null;
  });
}
