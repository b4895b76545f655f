/** What the shell needs to know about the signed-in user; the session user satisfies it. */
export interface ShellUser {
  id: string;
  email: string;
  role: "user" | "admin";
  displayName: string;
  avatarUrl: string;
  theme: string;
  notifyReplies: boolean;
}
