import type { LANGUAGES, THEMES } from "@/lib/users/schemas";
import type { Role } from "@/models/user";

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
