import { randomBytes } from "node:crypto";

/** 32 random bytes: 256 bits, far past guessing; base64url so it sits in a path as it is. */
export function newShareToken(): string {
  return randomBytes(32).toString("base64url");
}

/** What a token looks like, so a malformed one is refused before any read. */
export const SHARE_TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The public page's address. */
export function shareUrl(origin: string, token: string): string {
  return `${origin}/share/${token}`;
}

/** Where the link serves one of its files. */
export function sharedFileUrl(token: string, fileId: string): string {
  return `/api/share/${token}/files/${fileId}`;
}
