import { route } from "@/lib/http/route";
import { openAvatar } from "@/lib/users/avatar";
import { accountContracts } from "@/lib/users/contracts";

/** A person's avatar as the app stored it: a square WebP it re-encoded itself. */
export const GET = route(accountContracts.avatar, async ({ params }) => {
  const avatar = await openAvatar(params.id);
  return new Response(avatar.body, {
    headers: {
      "Content-Type": "image/webp",
      "X-Content-Type-Options": "nosniff",
      // The address changes with the picture (?v=), so the bytes behind one never do.
      "Cache-Control": "private, max-age=31536000, immutable",
      "Content-Security-Policy": "sandbox; default-src 'none'",
    },
  });
});
