import type { mongo } from "mongoose";
import { metrics } from "./metrics";
import { tracer } from "./tracer";

// The commands the app sends; anything else (a driver's housekeeping, an
// admin's own tool) is counted as "other", so the label stays bounded.
const COMMANDS = new Set([
  "find",
  "getMore",
  "insert",
  "update",
  "delete",
  "findAndModify",
  "aggregate",
  "count",
  "distinct",
  "createIndexes",
  "listIndexes",
  "dropIndexes",
  "listCollections",
  "create",
  "drop",
  "ping",
  "buildInfo",
  "endSessions",
  "killCursors",
]);

interface CommandEvent {
  commandName: string;
  /** Milliseconds, as the driver measured it. */
  duration: number;
}

function record(event: CommandEvent, outcome: "ok" | "error") {
  const command = COMMANDS.has(event.commandName) ? event.commandName : "other";
  metrics().dbCommands.observe({ command, outcome }, event.duration / 1000);
  const span = tracer()?.startSpan(
    `db ${command}`,
    { "db.system.name": "mongodb", "db.operation.name": command },
    { startTime: Date.now() - event.duration },
  );
  if (outcome === "error") span?.fail("command failed");
  span?.end();
}

/**
 * Times every database command from the driver's command monitoring (the
 * client must be created with `monitorCommands: true`): a histogram, and a
 * span when tracing is on.
 */
export function monitorDbCommands(client: mongo.MongoClient): void {
  client.on("commandSucceeded", (event) => record(event, "ok"));
  client.on("commandFailed", (event) => record(event, "error"));
}
