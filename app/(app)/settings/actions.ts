"use server";

import { currentSession, requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/http/action";
import { runLimitedAction } from "@/lib/http/limited-action";
import { changePassword } from "@/lib/users/change-password";
import type { ProfileDto } from "@/lib/users/dto";
import { updateProfile, updateSettings } from "@/lib/users/profile";

export async function updateProfileAction(input: unknown): Promise<ActionResult<ProfileDto>> {
  return runLimitedAction(async () => updateProfile(await requireUser(), input));
}

export async function updateSettingsAction(input: unknown): Promise<ActionResult<ProfileDto>> {
  return runLimitedAction(async () => updateSettings(await requireUser(), input));
}

/**
 * Ends every session of the account, this one included; the form signs this
 * browser in again. (Signing in here would set the cookie while the page
 * re-renders with the old, now refused one.)
 */
export async function changePasswordAction(input: unknown): Promise<ActionResult<null>> {
  return runLimitedAction(async (audit) => {
    await changePassword(await requireUser(), input, {
      address: audit.ip,
      sessionId: (await currentSession())?.sid ?? null,
    });
    return null;
  });
}
