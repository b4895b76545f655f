import { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/next-auth";
import { publicOrigin } from "@/lib/http/origin";

/**
 * Next builds a request's URL from the address it listens on (0.0.0.0), and
 * next-auth makes its redirects from that URL: give it the origin the
 * browser used instead.
 */
function atPublicOrigin(req: NextRequest): NextRequest {
  const { pathname, search } = req.nextUrl;
  return new NextRequest(new URL(`${pathname}${search}`, publicOrigin(req.headers)), req);
}

export const GET = (req: NextRequest) => handlers.GET(atPublicOrigin(req));
export const POST = (req: NextRequest) => handlers.POST(atPublicOrigin(req));
