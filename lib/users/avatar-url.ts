/**
 * The avatar's address: always the app's own route, versioned by the stored
 * file so a new picture is never hidden by a cached old one. Links to other
 * servers, which older versions accepted, are never handed out: a browser
 * loading one would tell that server who looked, and when.
 */
export function avatarUrl(userId: string, avatarKey: string | undefined): string {
  return avatarKey ? `/api/users/${userId}/avatar?v=${avatarKey.slice(0, 8)}` : "";
}
