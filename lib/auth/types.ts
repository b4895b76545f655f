import type { Locale } from "@/lib/i18n/locales";
import type { Role } from "@/models/user";

/** Who is asking: what every service receives as its acting user. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  avatarUrl: string;
  /** The saved theme, so a new device starts in the user's choice. */
  theme: string;
  /** Whether a browser notification says when an answer finishes in a background tab. */
  notifyReplies: boolean;
  /** The interface language the user chose; null follows the browser. */
  language: Locale | null;
}
