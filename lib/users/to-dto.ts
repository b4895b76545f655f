import { isLocale } from "@/lib/i18n/locales";
import type { ProfileDto } from "@/lib/users/dto";
import type { UserDoc } from "@/models/user";
import { avatarUrl } from "./avatar-url";

export function toProfileDto(user: UserDoc): ProfileDto {
  return {
    id: user._id.toString(),
    email: user.email,
    role: user.role,
    displayName: user.profile.display_name,
    avatarUrl: avatarUrl(user._id.toString(), user.profile.avatar_key),
    bio: user.profile.bio ?? "",
    settings: {
      theme: (user.settings.theme ?? "system") as ProfileDto["settings"]["theme"],
      // A language the interface no longer offers follows the browser.
      language: isLocale(user.settings.language) ? user.settings.language : "auto",
      notificationsEnabled: user.settings.notifications_enabled ?? true,
    },
    createdAt: user.created_at.toISOString(),
  };
}
