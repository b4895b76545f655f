import { z } from "zod";
import { selfServiceContracts } from "@/lib/account/contracts";
import { adminContracts } from "@/lib/admin/contracts";
import { arenaContracts } from "@/lib/arena/contracts";
import { messageContracts } from "@/lib/chat/contracts";
import { configContracts } from "@/lib/configs/contracts";
import { conversationContracts } from "@/lib/conversations/contracts";
import { fileContracts } from "@/lib/files/contracts";
import { folderContracts } from "@/lib/folders/contracts";
import type { Access, Answer, Contract } from "@/lib/http/contract";
import { imageContracts } from "@/lib/images/contracts";
import { importContracts } from "@/lib/imports/contracts";
import { keyContracts } from "@/lib/keys/contracts";
import { modelContracts } from "@/lib/llm/contracts";
import { openAiContracts } from "@/lib/openai/contracts";
import { eventContracts } from "@/lib/realtime/contracts";
import { shareContracts } from "@/lib/shares/contracts";
import { systemContracts } from "@/lib/system/contracts";
import { templateContracts } from "@/lib/templates/contracts";
import { accountContracts } from "@/lib/users/contracts";

/** Every route's contract, in the order the document lists them. */
export const OPERATIONS: Contract[] = [
  conversationContracts,
  messageContracts,
  shareContracts,
  folderContracts,
  fileContracts,
  importContracts,
  modelContracts,
  openAiContracts,
  configContracts,
  templateContracts,
  imageContracts,
  arenaContracts,
  systemContracts,
  accountContracts,
  selfServiceContracts,
  eventContracts,
  keyContracts,
  adminContracts,
].flatMap((contracts) => Object.values(contracts));

type JsonSchema = Record<string, unknown>;

/** The schema as a client must send it: input types, and no transforms to describe. */
export function jsonSchema(schema: z.ZodType): JsonSchema {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: "input", unrepresentable: "any" });
  return rest;
}

/** A query schema's fields as OpenAPI parameters; a union offers every field of each side. */
function queryParameters(schema: z.ZodType): JsonSchema[] {
  const root = jsonSchema(schema);
  const variants = (root.anyOf ?? root.oneOf ?? [root]) as JsonSchema[];
  const seen = new Map<string, JsonSchema>();
  for (const variant of variants) {
    const properties = (variant.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((variant.required ?? []) as string[]);
    for (const [name, property] of Object.entries(properties)) {
      if (seen.has(name)) continue;
      const wanted = variants.length === 1 && required.has(name);
      seen.set(name, { name, in: "query", required: wanted, schema: property });
    }
  }
  return [...seen.values()];
}

function pathParameters(path: string): JsonSchema[] {
  return [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: { type: "string" },
  }));
}

const SECURITY: Record<Access, JsonSchema[]> = {
  public: [],
  user: [{ session: [] }, { apiKey: [] }],
  admin: [{ session: [] }, { apiKey: [] }],
  session: [{ session: [] }],
  metrics: [{ metricsToken: [] }, { session: [] }, { apiKey: [] }],
};

const CONTENT: Record<Answer, JsonSchema | null> = {
  json: { "application/json": {} },
  sse: { "text/event-stream": {} },
  "ui-stream": { "text/event-stream": {} },
  empty: null,
  file: { "application/octet-stream": {} },
  csv: { "text/csv": {} },
  download: { "application/octet-stream": {} },
  prometheus: { "text/plain; version=0.0.4": {} },
};

const ERRORS = ["400", "401", "403", "404", "429"];

/** Sent with every 429 of our own; the provider's 429 carries Retry-After when it sent one. */
const LIMIT_HEADERS = {
  "Retry-After": "Seconds to wait before trying again.",
  "RateLimit-Limit":
    "Requests allowed per window; tokens for the token limit, US cents for the monthly budget.",
  "RateLimit-Remaining": "What is left in the window: 0 on a 429.",
  "RateLimit-Reset": "Seconds until the window or the month renews.",
};

function operationObject(operation: Contract): JsonSchema {
  const status = String(operation.status ?? 200);
  const content = CONTENT[operation.answer];
  const parameters = [
    ...pathParameters(operation.path),
    ...(operation.query ? queryParameters(operation.query) : []),
  ];
  const errors = ERRORS.filter((code) => code !== status).map((code) => [
    code,
    { $ref: `#/components/responses/${code === "429" ? "Limited" : "Error"}` },
  ]);
  return {
    summary: operation.summary,
    tags: [operation.tag],
    operationId: `${operation.method} ${operation.path}`,
    security: SECURITY[operation.access],
    ...(operation.access === "admin" || operation.access === "metrics"
      ? { "x-role": "admin" }
      : {}),
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: !operation.optionalBody,
            content: {
              [operation.bodyType ?? "application/json"]: { schema: jsonSchema(operation.body) },
            },
          },
        }
      : operation.bodyType
        ? { requestBody: { required: true, content: { [operation.bodyType]: {} } } }
        : {}),
    responses: {
      [status]: { description: operation.summary, ...(content ? { content } : {}) },
      ...Object.fromEntries(errors),
    },
  };
}

/** The OpenAPI 3.1 document for every route handler under app/api. */
export function openApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const operation of OPERATIONS) {
    paths[operation.path] = {
      ...paths[operation.path],
      [operation.method]: operationObject(operation),
    };
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Uni-Chat API",
      version: "1",
      description:
        "Every route accepts the session cookie or `Authorization: Bearer <personal API key>`, except key management, the password and email changes and account deletion, which need the session. Errors are `{ error: { code, message, fields? } }`; under /api/v1 they take OpenAI's shape.",
    },
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token" },
        apiKey: { type: "http", scheme: "bearer", description: "A personal API key (uc_…)" },
        metricsToken: { type: "http", scheme: "bearer", description: "METRICS_TOKEN" },
      },
      responses: {
        Error: {
          description: "An error",
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
        Limited: {
          description:
            "A limit was reached: a rate limit (every change 120 a minute per account, uploads 30, searches 60, exports 20, admin requests 300, model calls 30), the token limit, the monthly budget, or the model provider's own rate limit.",
          headers: Object.fromEntries(
            Object.entries(LIMIT_HEADERS).map(([name, description]) => [
              name,
              { description, schema: { type: "integer" } },
            ]),
          ),
          content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
        },
      },
      schemas: {
        Error: {
          type: "object",
          required: ["error"],
          properties: {
            error: {
              type: "object",
              required: ["code", "message"],
              properties: {
                code: { type: "string" },
                message: { type: "string" },
                fields: {
                  type: "object",
                  additionalProperties: { type: "array", items: { type: "string" } },
                },
              },
            },
          },
        },
      },
    },
  };
}
