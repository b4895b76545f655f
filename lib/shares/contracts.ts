import { NO_CONTENT, tagged } from "@/lib/http/contract";
import { createShareSchema, listSharesSchema } from "./schemas";

const share = tagged("Share links");

export const shareContracts = {
  create: share(
    "post",
    "/api/conversations/{id}/share",
    "Share the branch on show as a read-only copy: 201 { id, url }. Sharing the same conversation again takes a new copy for the same link; expiresIn (1d, 7d, 30d; null or absent: never) counts from now. 403 when sharing is turned off",
    { body: createShareSchema, optionalBody: true, status: 201 },
  ),
  list: share("get", "/api/shares", "The caller's share links, newest first (cursor pages)", {
    query: listSharesSchema,
  }),
  revoke: share(
    "delete",
    "/api/shares/{id}",
    "Revoke a share link: its page, copy and files answer 404 at once",
    NO_CONTENT,
  ),
  snapshot: share(
    "get",
    "/api/share/{token}",
    "A shared conversation's copy, for anyone with the link: title and messages (role, text, model, createdAt, attachments at the link's own addresses). 404 when revoked, expired or sharing is off",
    { access: "public" },
  ),
  file: share(
    "get",
    "/api/share/{token}/files/{fileId}",
    "A file the shared copy holds; any other file is 404",
    { access: "public", answer: "file" },
  ),
};
