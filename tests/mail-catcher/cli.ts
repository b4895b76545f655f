import { parseArgs } from "node:util";
import { startMailCatcher } from "./server";

// `tsx tests/mail-catcher/cli.ts --smtp-port 2525 --http-port 2526` keeps
// emails until stopped: give the app SMTP_URL=smtp://127.0.0.1:2525 and read
// them at http://127.0.0.1:2526/messages.
const { values } = parseArgs({
  options: {
    "smtp-port": { type: "string", default: "2525" },
    "http-port": { type: "string", default: "2526" },
  },
});
const catcher = await startMailCatcher({
  smtp: Number(values["smtp-port"]),
  http: Number(values["http-port"]),
});
console.log(`${catcher.smtpUrl} ${catcher.url}/messages`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void catcher.stop().then(() => process.exit(0));
  });
}
