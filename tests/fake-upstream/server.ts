import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { answerChat, errorBody, sendJson } from "./chat";
import { answerEmbeddings, embeddingRequestSchema } from "./embeddings";
import { FAKE_MODELS, findFakeModel, toOpenRouterModel } from "./models";
import { requestSchema } from "./reply";

/**
 * An OpenAI-compatible stand-in for OpenRouter: `GET /models`,
 * `POST /chat/completions` (streaming and not) and `POST /embeddings` under
 * `/api/v1`, with the models and directives described in models.ts,
 * reply.ts, tools.ts and embeddings.ts. Every API call
 * is recorded; `GET /__calls` and `POST /__reset` expose the record to other
 * processes.
 */

export interface RecordedCall {
  method: string;
  /** Relative to the base URL, e.g. "/chat/completions". */
  path: string;
  headers: Record<string, string>;
  /** The parsed JSON body, or null when there was none (or it was not JSON). */
  body: unknown;
  /** Epoch milliseconds. */
  startedAt: number;
  /** When the first real content was written: keep-alive comments do not count. */
  firstByteAt: number | null;
  /** When the response finished or the connection closed. */
  endedAt: number | null;
}

export interface FakeUpstream {
  /** The base URL including `/api/v1`: what OPENROUTER_BASE_URL gets. */
  url: string;
  calls(): RecordedCall[];
  reset(): void;
  stop(): Promise<void>;
}

const BASE_PATH = "/api/v1";

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

function flatHeaders(req: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}

function authorized(req: IncomingMessage): boolean {
  return /^Bearer\s+\S+/i.test(req.headers.authorization ?? "");
}

export async function startFakeUpstream(options: { port?: number } = {}): Promise<FakeUpstream> {
  const recorded: RecordedCall[] = [];

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const pathname = new URL(req.url ?? "/", "http://fake").pathname;
    const path = pathname.startsWith(`${BASE_PATH}/`) ? pathname.slice(BASE_PATH.length) : pathname;
    if (path === "/__calls" && req.method === "GET") return sendJson(res, 200, recorded);
    if (path === "/__reset" && req.method === "POST") {
      recorded.length = 0;
      res.writeHead(204).end();
      return;
    }

    const call: RecordedCall = {
      method: req.method ?? "GET",
      path,
      headers: flatHeaders(req),
      body: null,
      startedAt: Date.now(),
      firstByteAt: null,
      endedAt: null,
    };
    recorded.push(call);
    res.on("close", () => {
      call.endedAt ??= Date.now();
    });
    call.body = await readBody(req);

    if (!authorized(req)) {
      return sendJson(
        res,
        401,
        errorBody(401, "No auth credentials found", "authentication_error"),
      );
    }
    if (path === "/models" && req.method === "GET") {
      call.firstByteAt = Date.now();
      return sendJson(res, 200, { data: FAKE_MODELS.map(toOpenRouterModel) });
    }
    if (path === "/chat/completions" && req.method === "POST") {
      const parsed = requestSchema.safeParse(call.body);
      if (!parsed.success) {
        const message = `Invalid request: ${parsed.error.issues[0]?.message ?? "bad body"}`;
        return sendJson(res, 400, errorBody(400, message, "invalid_request_error"));
      }
      const model = findFakeModel(parsed.data.model);
      if (!model) {
        const message = `${parsed.data.model} is not a valid model ID`;
        return sendJson(res, 400, errorBody(400, message, "invalid_request_error"));
      }
      return answerChat(model, parsed.data, {
        res,
        onFirstByte: () => {
          call.firstByteAt ??= Date.now();
        },
      });
    }
    if (path === "/embeddings" && req.method === "POST") {
      call.firstByteAt = Date.now();
      const parsed = embeddingRequestSchema.safeParse(call.body);
      const answer = parsed.success
        ? answerEmbeddings(parsed.data)
        : { error: `Invalid request: ${parsed.error.issues[0]?.message ?? "bad body"}` };
      if ("error" in answer) {
        return sendJson(res, 400, errorBody(400, answer.error, "invalid_request_error"));
      }
      return sendJson(res, 200, answer.body);
    }
    sendJson(res, 404, errorBody(404, `No route for ${req.method} ${pathname}`, "not_found"));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) sendJson(res, 500, errorBody(500, String(error), "server_error"));
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}${BASE_PATH}`,
    calls: () => structuredClone(recorded),
    reset: () => {
      recorded.length = 0;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        // Hanging streams never end on their own.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
