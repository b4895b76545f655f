import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** Whether this server lets people share conversations (ALLOW_SHARING). */
export function sharingAllowed(): boolean {
  return env().ALLOW_SHARING;
}

export function assertSharingAllowed(): void {
  if (!sharingAllowed()) {
    throw new AppError(
      "sharing_disabled",
      403,
      "Sharing is turned off on this server. Ask an admin if you need it.",
    );
  }
}
