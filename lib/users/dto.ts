import type { LANGUAGES, THEMES } from "@/lib/users/schemas";
import type { Role, UserDoc } from "@/models/user";
import { avatarUrl } from "./avatar-url";

export interface ProfileDto {
  id: string;
  email: string;
  role: Role;
  displayName: string;
  avatarUrl: string;
  bio: string;
  settings: {
    theme: (typeof THEMES)[number];
    language: (typeof LANGUAGES)[number];
    notificationsEnabled: boolean;
  };
  createdAt: string;
}

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
      language: (user.settings.language ?? "en") as ProfileDto["settings"]["language"],
      notificationsEnabled: user.settings.notifications_enabled ?? true,
    },
    createdAt: user.created_at.toISOString(),
  };
}
