import { parseArgs } from "node:util";
import { startFakeUpstream } from "./server";

// `tsx tests/fake-upstream/cli.ts --port 4010` runs the fake upstream until
// stopped and prints the base URL to give the app as OPENROUTER_BASE_URL.
const { values } = parseArgs({ options: { port: { type: "string", default: "4010" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const upstream = await startFakeUpstream({ port });
console.log(upstream.url);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void upstream.stop().then(() => process.exit(0));
  });
}
