import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Everything /api/metrics exposes, in one registry. */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<"route" | "method" | "status">;
  httpDuration: Histogram<"route" | "method" | "status">;
  openStreams: Gauge<"kind">;
  firstToken: Histogram<"model">;
  answerDuration: Histogram<"model">;
  tokens: Counter<"model" | "direction">;
  cost: Counter<"model">;
  upstreamErrors: Counter<"kind" | "model">;
  rateLimited: Counter<"policy">;
  dbCommands: Histogram<"command" | "outcome">;
}

function create(): Metrics {
  const registry = new Registry();
  // Event-loop lag, heap, RSS, GC and handles under prom-client's usual
  // names (process_*, nodejs_*), which ready-made dashboards expect.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    httpRequests: new Counter({
      name: "unichat_http_requests_total",
      help: "HTTP requests served, by route template, method and status.",
      labelNames: ["route", "method", "status"],
      registers,
    }),
    httpDuration: new Histogram({
      name: "unichat_http_request_duration_seconds",
      help: "Time from a request's arrival to its response's end (a streamed answer's whole length).",
      labelNames: ["route", "method", "status"],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
      registers,
    }),
    openStreams: new Gauge({
      name: "unichat_open_streams",
      help: "Answers running now: chat answers, arena panels, image jobs, /api/v1 completions.",
      labelNames: ["kind"],
      registers,
    }),
    firstToken: new Histogram({
      name: "unichat_time_to_first_token_seconds",
      help: "Time from a model call's start to its first text.",
      labelNames: ["model"],
      buckets: [0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60],
      registers,
    }),
    answerDuration: new Histogram({
      name: "unichat_answer_duration_seconds",
      help: "Time from a model call's start to its end, however it ended.",
      labelNames: ["model"],
      buckets: [0.5, 1, 2, 5, 10, 20, 40, 60, 120, 300],
      registers,
    }),
    tokens: new Counter({
      name: "unichat_tokens_total",
      help: "Tokens the provider reported, by model and direction (input, output).",
      labelNames: ["model", "direction"],
      registers,
    }),
    cost: new Counter({
      name: "unichat_cost_usd_total",
      help: "What the provider billed, in US dollars, by model.",
      labelNames: ["model"],
      registers,
    }),
    upstreamErrors: new Counter({
      name: "unichat_upstream_errors_total",
      help: "Failed model calls by kind (429, 5xx, cut, timeout, other) and model.",
      labelNames: ["kind", "model"],
      registers,
    }),
    rateLimited: new Counter({
      name: "unichat_rate_limit_refusals_total",
      help: "Requests refused by a rate limit, by policy.",
      labelNames: ["policy"],
      registers,
    }),
    dbCommands: new Histogram({
      name: "unichat_db_command_duration_seconds",
      help: "Database command latency by command name and outcome (ok, error).",
      labelNames: ["command", "outcome"],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
  };
}

// On globalThis: server.ts (requests, database) and Next's module graph
// (answers, the /api/metrics route) each load this file, and must share one registry.
const store = globalThis as typeof globalThis & { __uniChatMetrics?: Metrics };

export function metrics(): Metrics {
  store.__uniChatMetrics ??= create();
  return store.__uniChatMetrics;
}
