import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { publicOrigin } from "@/lib/http/origin";

/**
 * Next builds a request's URL from the address it listens on (0.0.0.0), and
 * next-auth makes its redirects (single sign-on's redirect_uri among them)
 * from that URL: give it the origin the browser used instead. A plain
 * Request, because a NextRequest renames a loopback host such as 127.0.0.1
 * to localhost, where the browser holds none of the sign-in's cookies.
 * next-auth reads nothing else of it unless AUTH_URL names the origin itself.
 */
function atPublicOrigin(req: NextRequest): NextRequest {
  if (process.env.AUTH_URL ?? process.env.NEXTAUTH_URL) return req;
  const { pathname, search } = req.nextUrl;
  const url = new URL(`${pathname}${search}`, publicOrigin(req.headers));
  const { method, headers, body } = req;
  return new Request(url, { method, headers, body, duplex: "half" } as RequestInit) as NextRequest;
}

export const GET = (req: NextRequest) => handlers.GET(atPublicOrigin(req));
export const POST = (req: NextRequest) => handlers.POST(atPublicOrigin(req));
