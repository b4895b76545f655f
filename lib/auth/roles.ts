import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

/** For services that admins alone may use: each checks the acting user itself. */
export function assertAdmin(actor: SessionUser): void {
  if (actor.role !== "admin") throw AppError.forbidden("Only administrators can do this.");
}
