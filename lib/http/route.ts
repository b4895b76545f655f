import type { UIMessageChunk } from "ai";
import { z } from "zod";
import type { AdminContext } from "@/lib/audit/record";
import { requireAdmin, requireUser } from "@/lib/auth/current-user";
import type { SessionUser } from "@/lib/auth/types";
import { AppError, fromZodError, toAppError } from "@/lib/errors";
import { readJson, readOptionalJson } from "@/lib/http/body";
import { clientAddress } from "@/lib/http/client-address";
import type { Access, Contract, PathParams } from "@/lib/http/contract";
import { assertSameOrigin } from "@/lib/http/origin";
import { sseResponse, uiStreamResponse } from "@/lib/http/sse";
import { bearerKey } from "@/lib/keys/bearer";
import { assertMayScrape } from "@/lib/observability/scrape-access";
import { enforceRateLimit } from "@/lib/rate-limit/limiter";

type Params = Record<string, string | string[]>;
interface NextRouteContext {
  params: Promise<Params>;
}

/** What a handler is given: the caller as its contract's access admits them, and the request's parts. */
export interface RouteContext<C extends Contract> {
  req: Request;
  user: C["access"] extends "public" | "metrics" ? null : SessionUser;
  params: PathParams<C["path"]>;
  /** The JSON body as sent, checked against the contract's schema; the service parses it. */
  body: C extends { body: z.ZodType } ? unknown : undefined;
  /** The query string's fields, checked against the contract's schema. */
  query: C extends { query: z.ZodType } ? Record<string, string> : undefined;
  /** Where the request came from, as the audit log records it. */
  audit: AdminContext;
}

/**
 * What a handler returns for each kind of answer (nothing for an empty one);
 * a Response of its own is sent as it is.
 */
interface Results {
  json: unknown;
  /** null: the answer no longer runs (204). */
  "ui-stream": ReadableStream<UIMessageChunk> | null;
  sse: ReadableStream<unknown> | null;
  file: Response;
  csv: Response;
  download: Response;
  prometheus: Response;
}

export type RouteHandler<C extends Contract> = (
  context: RouteContext<C>,
) => C["answer"] extends "empty"
  ? Promise<void>
  : Promise<Results[Exclude<C["answer"], "empty">] | Response>;

export interface RouteOptions {
  /** How a failure is answered; the JSON error shape unless said. */
  failure?: (error: unknown) => Response;
  /** Whether the account's general limits count this route; model calls count their own. */
  generalLimits?: boolean;
}

/**
 * Builds a route handler from its contract: the same-origin check, the
 * guard its access names, the limits, the body and query checked against
 * its schemas, then the handler, whose result becomes the declared answer
 * with the declared status. Any error becomes the JSON error shape (never a
 * stack trace).
 */
export function route<const C extends Contract>(
  contract: C,
  handler: RouteHandler<C>,
  options: RouteOptions = {},
) {
  const { failure = (error: unknown) => toAppError(error).toResponse(), generalLimits = true } =
    options;
  return async (req: Request, context: NextRouteContext): Promise<Response> => {
    try {
      assertSameOrigin(req);
      const user = await caller(req, contract.access);
      const audit = { ip: clientAddress(req.headers) };
      await enforceLimits(req, contract, user, audit.ip, generalLimits);
      const body = await readBody(req, contract);
      const query = readQuery(req, contract);
      const params = (await context.params) as PathParams<C["path"]>;
      const result = await handler({ req, user, params, body, query, audit } as RouteContext<C>);
      return toResponse(contract, result);
    } catch (error) {
      return failure(error);
    }
  };
}

/**
 * The signed-in caller the access admits. "session" is the browser only:
 * managing keys (a leaked key must not mint more keys or outlive its
 * revocation) and what protects the account, such as its password (a leaked
 * key must not take the account over); a key is refused even when valid.
 */
async function caller(req: Request, access: Access): Promise<SessionUser | null> {
  switch (access) {
    case "public":
      return null;
    case "metrics":
      await assertMayScrape(req);
      return null;
    case "user":
      return requireUser({ apiKey: true });
    case "admin":
      return requireAdmin({ apiKey: true });
    case "session":
      if (bearerKey(req.headers) !== null) {
        throw AppError.forbidden(
          "An API key cannot do this: it needs you signed in to the website.",
        );
      }
      return requireUser();
  }
}

const READS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Every change a signed-in account makes counts against one generous limit,
 * and everything an admin does against another; reads are free, except the
 * costly ones: exports and uploads name their own, search is limited by its
 * services (only a query with search terms counts). A route's own limit
 * counts the account, or the address when nobody is signed in.
 */
async function enforceLimits(
  req: Request,
  contract: Contract,
  user: SessionUser | null,
  ip: string,
  generalLimits: boolean,
): Promise<void> {
  const key = user ? `user:${user.id}` : `ip:${ip}`;
  if (user && generalLimits) {
    if (contract.access === "admin") await enforceRateLimit("admin", [key]);
    else if (!READS.has(req.method)) await enforceRateLimit("mutation", [key]);
  }
  if (contract.limit) await enforceRateLimit(contract.limit, [key]);
}

async function readBody(req: Request, contract: Contract): Promise<unknown> {
  if (!contract.body || contract.bodyType) return undefined;
  const read = contract.optionalBody ? readOptionalJson : readJson;
  const body = await read(req, contract.maxBodyBytes);
  check(contract.body, body);
  return body;
}

function readQuery(req: Request, contract: Contract): Record<string, string> | undefined {
  if (!contract.query) return undefined;
  const query = Object.fromEntries(new URL(req.url).searchParams);
  check(contract.query, query);
  return query;
}

/**
 * Refuses input the contract does not declare. A union's own error names no
 * field, so its input goes on to the service, which knows which side was
 * meant and names the fields that are wrong.
 */
function check(schema: z.ZodType, input: unknown): void {
  const result = schema.safeParse(input);
  if (!result.success && !(schema instanceof z.ZodUnion)) throw fromZodError(result.error);
}

function toResponse(contract: Contract, result: unknown): Response {
  if (result instanceof Response) return result;
  const status = contract.status ?? 200;
  switch (contract.answer) {
    case "json":
      return Response.json(result, { status });
    case "ui-stream":
      return result ? uiStreamResponse(result as NonNullable<Results["ui-stream"]>) : noContent();
    case "sse":
      return result ? sseResponse(result as NonNullable<Results["sse"]>) : noContent();
    case "empty":
      return new Response(null, { status });
    default:
      throw new Error(`A ${contract.answer} answer is a Response that its handler builds.`);
  }
}

function noContent(): Response {
  return new Response(null, { status: 204 });
}
