import { redirect } from "next/navigation";
import { currentUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/types";
import { AppError } from "@/lib/errors";

/** For pages and layouts: like requireUser(), but sends the visitor to the login page. */
export async function requirePageUser(): Promise<SessionUser> {
  let user: SessionUser | null;
  try {
    user = await currentUser();
  } catch (error) {
    if (error instanceof AppError && error.code === "banned") redirect("/login?error=banned");
    throw error;
  }
  if (!user) redirect("/login?reason=signed-out");
  return user;
}

/** For admin pages: non-admins go back to the app, as proxy.ts does. */
export async function requirePageAdmin(): Promise<SessionUser> {
  const user = await requirePageUser();
  if (user.role !== "admin") redirect("/chat");
  return user;
}
