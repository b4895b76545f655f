import { afterAll, describe, expect, inject, it } from "vitest";
import { waitFor } from "../setup/wait";
import { OwnApps } from "../support/own-app";

const own = new OwnApps();
afterAll(() => own.cleanUp());

const lines = (output: string) => output.split("\n").filter((line) => line.trim() !== "");
// Next prints a few lines of its own at start-up ("✓ Running next.config.mjs").
const ours = (output: string) => lines(output).filter((line) => !/^\s*[✓▲⚠-]/u.test(line));

describe("LOG_LEVEL and LOG_FORMAT", () => {
  it("LOG_LEVEL=warn keeps warnings and hides the info lines", async () => {
    // Without AUTH_SECRET a production start warns that it generated one.
    const app = await own.start({
      MONGODB_URI: inject("mongoUri"),
      DATA_DIR: await own.folder(),
      AUTH_SECRET: "",
      LOG_LEVEL: "warn",
    });
    await fetch(`${app.url}/api/health`);
    await fetch(`${app.url}/api/no-such-route`);
    const entries = ours(app.output()).map(
      (line) => JSON.parse(line) as { level: string; message: string },
    );
    expect(entries.map((entry) => entry.message)).toContain(
      "AUTH_SECRET is not set: using the one generated in the data folder",
    );
    expect(entries.filter((entry) => entry.level === "info" || entry.level === "debug")).toEqual(
      [],
    );
  });

  it("LOG_FORMAT=pretty prints one readable line per entry, not JSON", async () => {
    const app = await own.start({
      MONGODB_URI: inject("mongoUri"),
      DATA_DIR: await own.folder(),
      LOG_FORMAT: "pretty",
    });
    await fetch(`${app.url}/api/health`, { headers: { "x-request-id": "pretty-1" } });
    await waitFor(
      async () => app.output().includes("requestId=pretty-1"),
      "the request's log line",
      10_000,
    );
    const output = ours(app.output());
    expect(output.filter((line) => line.startsWith("{"))).toEqual([]);
    const request = output.find((line) => line.includes("requestId=pretty-1"));
    expect(request).toMatch(
      /^\d{4}-\d\d-\d\dT[\d:.]+Z INFO {2}"request" requestId=pretty-1 method=GET route=\/api\/health status=200 durationMs=\d+$/,
    );
  });
});
