import { createServer, request } from "node:http";
import { parseArgs } from "node:util";

/**
 * The least a server can do to pass a model's answer on: read the
 * provider's SSE, parse each event and write it out again. The benchmark
 * measures the app against it; `GET /cpu` reports this process's CPU time
 * so far, so its cost per token can be compared with the app's, and
 * `GET /memory` its memory after a full collection (with --expose-gc).
 */
const { values } = parseArgs({ options: { upstream: { type: "string" } } });
const upstream = new URL(`${values.upstream}/chat/completions`);

const server = createServer((req, res) => {
  if (req.method === "GET" && req.url === "/cpu") {
    res.end(JSON.stringify(process.cpuUsage()));
    return;
  }
  if (req.method === "GET" && req.url === "/memory") {
    globalThis.gc?.();
    res.end(JSON.stringify(process.memoryUsage()));
    return;
  }
  const forward = request(upstream, { method: "POST", headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, { "content-type": "text/event-stream" });
    let buffer = "";
    answer.setEncoding("utf8");
    answer.on("data", (text: string) => {
      buffer += text;
      const events = buffer.split("\n\n");
      buffer = events.pop() ?? "";
      let out = "";
      for (const event of events) {
        if (!event.startsWith("data: ")) continue;
        const data = event.slice(6);
        out +=
          data === "[DONE]" ? "data: [DONE]\n\n" : `data: ${JSON.stringify(JSON.parse(data))}\n\n`;
      }
      if (out) res.write(out);
    });
    answer.on("end", () => res.end());
  });
  req.pipe(forward);
});

server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  if (address && typeof address === "object") console.log(`http://127.0.0.1:${address.port}`);
});
process.once("SIGTERM", () => process.exit(0));
