import "server-only";
import { auth } from "@/lib/auth/next-auth";
import { connectDb } from "@/lib/db/connect";
import { User } from "@/models/user";

/**
 * Why the account of this browser's session was banned, for the login page
 * it is sent to: only the holder of that session learns it. Null when the
 * session is not a banned account's, or no reason was given.
 */
export async function sessionBanReason(): Promise<string | null> {
  const session = await auth();
  if (!session?.user?.id) return null;
  await connectDb();
  const user = await User.findById(session.user.id).select("status").lean();
  return user?.status.is_banned ? user.status.ban_reason || null : null;
}
