import { parseArgs } from "node:util";
import { startFakeOidc } from "./server";

// `tsx tests/fake-oidc/cli.ts --port 4020` runs the fake identity provider
// until stopped and prints the issuer URL to give the app as AUTH_OIDC_ISSUER.
const { values } = parseArgs({ options: { port: { type: "string", default: "4020" } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number, not "${values.port}"`);
  process.exit(2);
}

const oidc = await startFakeOidc({ port });
console.log(oidc.issuer);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void oidc.stop().then(() => process.exit(0));
  });
}
